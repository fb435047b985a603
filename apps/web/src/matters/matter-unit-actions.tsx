import { useState } from 'react';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { Field } from '../components/field';
import { endOfShanghaiDayIso } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import type { MatterState } from './matter-types';

interface Props {
  matter: MatterState;
  onDone(): void;
}

/** 办理进展, by the lead or an assisting unit. */
export function ProgressForm({ matter, onDone }: Props) {
  const { t } = useI18n();
  const command = useCommand();
  const [progress, setProgress] = useState('');
  const submit = async () => {
    if (await command.run(`/matters/${matter.matterId}/progress-reports`, { progress })) onDone();
  };
  return (
    <CommandForm title={t('matters.progress')} command={command} onSubmit={() => void submit()} testId="progress-form">
      <Field label={t('matters.progress')} required wide>
        <textarea name="progress" rows={3} value={progress} onChange={(e) => setProgress(e.target.value)} />
      </Field>
    </CommandForm>
  );
}

/** 申请延期, by the lead unit before the due date. */
export function ExtensionRequestForm({ matter, onDone }: Props) {
  const { t } = useI18n();
  const command = useCommand();
  const [form, setForm] = useState({ date: '', reason: '', progress: '' });
  const submit = async () => {
    const body = { proposedDueAt: form.date ? endOfShanghaiDayIso(form.date) : '', reason: form.reason, progress: form.progress };
    if (await command.run(`/matters/${matter.matterId}/extension-requests`, body)) onDone();
  };
  return (
    <CommandForm title={t('matters.requestExtension')} command={command} onSubmit={() => void submit()} testId="extension-request-form">
      <p className="hint field-wide">{t('matters.requestHint')}</p>
      <Field label={t('matters.proposedDueDate')} required>
        <input type="date" name="proposedDueAt" value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} />
      </Field>
      <Field label={t('matters.reason')} required wide>
        <textarea name="reason" rows={2} value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} />
      </Field>
      <Field label={t('matters.progress')} required wide>
        <textarea name="extension-progress" rows={2} value={form.progress} onChange={(e) => setForm({ ...form, progress: e.target.value })} />
      </Field>
    </CommandForm>
  );
}

/** 报送办理结果, by the lead unit. */
export function CompletionForm({ matter, onDone }: Props) {
  const { t } = useI18n();
  const command = useCommand();
  const [result, setResult] = useState('');
  const submit = async () => {
    if (await command.run(`/matters/${matter.matterId}/completions`, { result })) onDone();
  };
  return (
    <CommandForm title={t('matters.submit')} command={command} onSubmit={() => void submit()} testId="completion-form">
      <Field label={t('matters.result')} required wide>
        <textarea name="result" rows={4} value={result} onChange={(e) => setResult(e.target.value)} />
      </Field>
    </CommandForm>
  );
}
