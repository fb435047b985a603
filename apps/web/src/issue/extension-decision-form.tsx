import { useState } from 'react';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { Field, FieldSet } from '../components/field';
import { endOfShanghaiDayIso, isoToShanghaiLocal } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import type { ActionProps } from './issue-types';

export function ExtensionDecisionForm({ issue, onDone }: ActionProps) {
  const { t } = useI18n();
  const command = useCommand();
  const proposed = issue.currentOrder?.pendingExtension?.proposedDeadline;
  const [approved, setApproved] = useState(true);
  const [date, setDate] = useState(proposed ? isoToShanghaiLocal(proposed).slice(0, 10) : '');
  const [note, setNote] = useState('');
  const submit = async () => {
    const body = { approved, note, ...(approved && date ? { newDeadline: endOfShanghaiDayIso(date) } : {}) };
    if (await command.run(`/issues/${issue.issueId}/extension-decisions`, body, { ifMatch: issue.version })) onDone();
  };
  return (
    <CommandForm title={t('action.decideExtension')} command={command} onSubmit={() => void submit()} testId="extension-decision-form">
      <FieldSet legend={t('field.approved')}>
        <label className="choice">
          <input type="radio" name="approved" checked={approved} onChange={() => setApproved(true)} /> {t('extension.approve')}
        </label>
        <label className="choice">
          <input type="radio" name="approved" checked={!approved} onChange={() => setApproved(false)} /> {t('extension.reject')}
        </label>
      </FieldSet>
      {approved && (
        <Field label={t('field.newDeadline')}>
          <input type="date" name="new-deadline" value={date} onChange={(e) => setDate(e.target.value)} />
        </Field>
      )}
      <Field label={t('field.note')} wide>
        <textarea name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
    </CommandForm>
  );
}
