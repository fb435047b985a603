import { useEffect, useState } from 'react';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { Field } from '../components/field';
import { useI18n } from '../i18n/i18n-context';
import type { ActionProps } from './issue-types';

/** 办结销号: the server checks the three iron rules; a refusal names the rule and the checklist marks it. */
export function CloseForm({ issue, onDone, onRefused }: ActionProps & { onRefused(code: string | null): void }) {
  const { t } = useI18n();
  const command = useCommand();
  const [note, setNote] = useState('');
  useEffect(() => onRefused(command.error?.problem.code ?? null), [command.error, onRefused]);
  const submit = async () => {
    if (await command.run(`/issues/${issue.issueId}/close`, { note }, { ifMatch: issue.version })) onDone();
  };
  return (
    <CommandForm title={t('action.close')} command={command} onSubmit={() => void submit()} testId="close-form" submitLabel={t('action.close')}>
      <p className="hint field-wide">{t('action.closeHint')}</p>
      <Field label={t('field.note')} wide>
        <textarea name="close-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
    </CommandForm>
  );
}
