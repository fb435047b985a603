import { useState } from 'react';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { Field } from '../components/field';
import { endOfShanghaiDayIso, shanghaiToday } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import type { ActionProps } from './issue-types';

/** 约谈, once it is due: the attendees' names go to the personal-data vault on the server. */
export function InterviewForm({ issue, onDone }: ActionProps) {
  const { t } = useI18n();
  const command = useCommand();
  const [attendees, setAttendees] = useState('');
  const [problems, setProblems] = useState('');
  const [commitments, setCommitments] = useState('');
  const [date, setDate] = useState('');
  const submit = async () => {
    const names = attendees.split('\n').map((name) => name.trim()).filter(Boolean);
    const body = { attendees: names, problems, commitments, ...(date ? { newDeadline: endOfShanghaiDayIso(date) } : {}) };
    if (await command.run(`/issues/${issue.issueId}/interviews`, body, { ifMatch: issue.version })) onDone();
  };
  return (
    <CommandForm title={t('escalation.interview')} command={command} onSubmit={() => void submit()} testId="interview-form">
      <Field label={t('escalation.attendees')} required wide>
        <textarea name="attendees" rows={2} value={attendees} onChange={(e) => setAttendees(e.target.value)} />
      </Field>
      <Field label={t('escalation.problems')} required wide>
        <textarea name="problems" rows={2} value={problems} onChange={(e) => setProblems(e.target.value)} />
      </Field>
      <Field label={t('escalation.commitments')} required wide>
        <textarea name="commitments" rows={2} value={commitments} onChange={(e) => setCommitments(e.target.value)} />
      </Field>
      <Field label={t('escalation.newDeadline')}>
        <input type="date" name="new-deadline" min={shanghaiToday()} value={date} onChange={(e) => setDate(e.target.value)} />
      </Field>
    </CommandForm>
  );
}
