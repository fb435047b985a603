import { useState } from 'react';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { Field } from '../components/field';
import { useI18n } from '../i18n/i18n-context';
import type { ActionProps } from './issue-types';

/** Manual 催办/督办 on an overdue order; 督办 only after a 催办 (the server refuses a skipped step). */
export function ReminderForm({ issue, onDone }: ActionProps) {
  const { t } = useI18n();
  const command = useCommand();
  const [level, setLevel] = useState(issue.currentOrder?.reminderLevel ? 'supervise' : 'urge');
  const [note, setNote] = useState('');
  const submit = async () => {
    if (await command.run(`/issues/${issue.issueId}/reminders`, { level, note }, { ifMatch: issue.version })) onDone();
  };
  return (
    <CommandForm title={t('escalation.remind')} command={command} onSubmit={() => void submit()} testId="reminder-form">
      <Field label={t('escalation.level')}>
        <select name="level" value={level} onChange={(e) => setLevel(e.target.value)}>
          <option value="urge">{t('escalation.level.urge')}</option>
          <option value="supervise">{t('escalation.level.supervise')}</option>
        </select>
      </Field>
      <Field label={t('field.note')} required wide>
        <textarea name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
    </CommandForm>
  );
}
