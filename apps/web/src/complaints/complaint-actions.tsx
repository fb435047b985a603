import { useState } from 'react';
import { SEVERITIES } from '@domain/issue/issue.types';
import { REPLY_CHANNELS, VERIFICATION_OUTCOMES } from '@domain/complaint/complaint.types';
import { useRegistry } from '../api/registry-context';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { Field, FieldSet } from '../components/field';
import { useI18n } from '../i18n/i18n-context';
import type { ComplaintDetail } from './complaint-types';

type Props = { complaint: ComplaintDetail; onDone(): void };

export function AssignForm({ complaint, onDone }: Props) {
  const { t } = useI18n();
  const command = useCommand();
  const [supervisorId, setSupervisorId] = useState(complaint.supervisorId ?? '');
  const submit = async () => (await command.run(`/complaints/${complaint.complaintId}/assignment`, { supervisorId })) && onDone();
  return (
    <CommandForm title={t('complaints.assign')} command={command} onSubmit={() => void submit()} testId="assign-form">
      <Field label={t('complaints.supervisor')} required>
        <select name="supervisorId" value={supervisorId} onChange={(e) => setSupervisorId(e.target.value)}>
          <option value="">—</option>
          {complaint.supervisors.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </Field>
    </CommandForm>
  );
}

const emptyIssue = () => ({ category: '', severity: 'general', title: '', description: '' });

/** 核实: the outcome with findings; substantiated ones register the issues found, which enter the rectification loop. */
export function VerifyForm({ complaint, onDone }: Props) {
  const { t, tk, lang } = useI18n();
  const registry = useRegistry();
  const command = useCommand();
  const [outcome, setOutcome] = useState('substantiated');
  const [findings, setFindings] = useState('');
  const [issues, setIssues] = useState([emptyIssue()]);
  const needsIssues = outcome !== 'unsubstantiated';
  const edit = (i: number, key: string, value: string) => setIssues(issues.map((issue, j) => (j === i ? { ...issue, [key]: value } : issue)));
  const submit = async () => (await command.run(`/complaints/${complaint.complaintId}/verification`, { outcome, findings, issues: needsIssues ? issues : [] })) && onDone();
  return (
    <CommandForm title={t('complaints.verify')} command={command} onSubmit={() => void submit()} testId="verify-form">
      <FieldSet legend={t('complaints.outcome')}>
        {VERIFICATION_OUTCOMES.map((o) => (
          <label key={o} className="choice"><input type="radio" name="outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} /> {tk('verificationOutcome', o)}</label>
        ))}
      </FieldSet>
      <Field label={t('complaints.findings')} required wide>
        <textarea name="findings" rows={3} value={findings} onChange={(e) => setFindings(e.target.value)} />
      </Field>
      {needsIssues && <p className="hint field-wide">{t('complaints.issuesHint')}</p>}
      {needsIssues && issues.map((issue, i) => (
        <fieldset key={i} className="field field-wide" data-testid={`issue-${i}`}>
          <legend>{t('complaints.issueN', { n: i + 1 })}</legend>
          <Field label={t('field.category')} required>
            <select name={`category-${i}`} value={issue.category} onChange={(e) => edit(i, 'category', e.target.value)}>
              <option value="">—</option>
              {registry.categories.map((c) => <option key={c.code} value={c.code}>{lang === 'en' && c.nameEn ? c.nameEn : c.name}</option>)}
            </select>
          </Field>
          <Field label={t('field.severity')} required>
            <select name={`severity-${i}`} value={issue.severity} onChange={(e) => edit(i, 'severity', e.target.value)}>
              {SEVERITIES.map((s) => <option key={s} value={s}>{tk('severity', s)}</option>)}
            </select>
          </Field>
          <Field label={t('field.title')} required wide>
            <input name={`title-${i}`} maxLength={200} value={issue.title} onChange={(e) => edit(i, 'title', e.target.value)} />
          </Field>
          <Field label={t('field.description')} required wide>
            <textarea name={`description-${i}`} rows={2} value={issue.description} onChange={(e) => edit(i, 'description', e.target.value)} />
          </Field>
          {issues.length > 1 && <button type="button" className="btn btn-ghost" onClick={() => setIssues(issues.filter((_, j) => j !== i))}>{t('complaints.removeIssue')}</button>}
        </fieldset>
      ))}
      {needsIssues && <button type="button" className="btn btn-ghost field-wide" onClick={() => setIssues([...issues, emptyIssue()])}>{t('complaints.addIssue')}</button>}
    </CommandForm>
  );
}

export function ReplyForm({ complaint, onDone }: Props) {
  const { t, tk } = useI18n();
  const command = useCommand();
  const [channel, setChannel] = useState('phone');
  const [content, setContent] = useState('');
  const submit = async () => (await command.run(`/complaints/${complaint.complaintId}/replies`, { channel, content })) && onDone();
  return (
    <CommandForm title={t('complaints.reply')} command={command} onSubmit={() => void submit()} testId="reply-form">
      <Field label={t('complaints.replyChannel')} required>
        <select name="channel" value={channel} onChange={(e) => setChannel(e.target.value)}>
          {REPLY_CHANNELS.map((c) => <option key={c} value={c}>{tk('replyChannel', c)}</option>)}
        </select>
      </Field>
      <Field label={t('complaints.replyContent')} required wide>
        <textarea name="content" rows={3} value={content} onChange={(e) => setContent(e.target.value)} />
      </Field>
    </CommandForm>
  );
}

export function CloseForm({ complaint, onDone }: Props) {
  const { t } = useI18n();
  const command = useCommand();
  const [note, setNote] = useState('');
  const submit = async () => (await command.run(`/complaints/${complaint.complaintId}/close`, { note: note || undefined })) && onDone();
  return (
    <CommandForm title={t('complaints.close')} command={command} onSubmit={() => void submit()} testId="close-form">
      {!complaint.anonymous && complaint.replies === 0 && <p className="hint field-wide">{t('complaints.replyBeforeClose')}</p>}
      <Field label={t('complaints.closeNote')} wide>
        <textarea name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
    </CommandForm>
  );
}
