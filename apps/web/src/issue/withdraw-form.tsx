import { useState } from 'react';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { Field } from '../components/field';
import { useI18n } from '../i18n/i18n-context';
import type { ActionProps } from './issue-types';

export function WithdrawForm({ issue, onDone }: ActionProps) {
  const { t } = useI18n();
  const command = useCommand();
  const [reason, setReason] = useState('');
  const submit = async () => {
    if (await command.run(`/issues/${issue.issueId}/withdraw`, { reason }, { ifMatch: issue.version })) onDone();
  };
  return (
    <CommandForm title={t('action.withdraw')} command={command} onSubmit={() => void submit()} testId="withdraw-form" tone="danger">
      <Field label={t('field.reason')} required wide>
        <textarea name="withdraw-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
    </CommandForm>
  );
}
