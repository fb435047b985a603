import { useState } from 'react';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { Field } from '../components/field';
import { endOfShanghaiDayIso, shanghaiToday } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import type { ActionProps } from './issue-types';

/** 延期申请 — only before the deadline; the server refuses later requests (EXTENSION_NOT_ALLOWED). */
export function ExtensionRequestForm({ issue, onDone }: ActionProps) {
  const { t } = useI18n();
  const command = useCommand();
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const submit = async () => {
    const body = { proposedDeadline: date ? endOfShanghaiDayIso(date) : '', reason };
    if (await command.run(`/issues/${issue.issueId}/extension-requests`, body, { ifMatch: issue.version })) onDone();
  };
  return (
    <CommandForm title={t('action.requestExtension')} command={command} onSubmit={() => void submit()} testId="extension-request-form">
      <Field label={t('field.proposedDeadline')} required>
        <input type="date" name="proposed-deadline" min={shanghaiToday()} value={date} onChange={(e) => setDate(e.target.value)} />
      </Field>
      <Field label={t('field.reason')} required wide>
        <textarea name="reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
    </CommandForm>
  );
}
