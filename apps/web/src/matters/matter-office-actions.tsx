import { useState } from 'react';
import { useRegistry } from '../api/registry-context';
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

const TIER_DAYS: Record<string, number[]> = { urgent: [1, 2, 3, 4, 5], normal: [15], difficult: [30] };

/** 交办: a lead unit, assisting units, and the tier's days (calendar days unless the office says working days). */
export function AssignForm({ matter, onDone }: Props) {
  const { t, tk } = useI18n();
  const registry = useRegistry();
  const command = useCommand();
  const days = TIER_DAYS[matter.tier] ?? [15];
  const [form, setForm] = useState({ leadUnitId: '', assisting: [] as string[], days: String(days[Math.min(2, days.length - 1)]), dayCount: 'calendarDays' });
  const submit = async () => {
    const body = { leadUnitId: form.leadUnitId, assistingUnitIds: form.assisting, days: Number(form.days), dayCount: form.dayCount };
    if (await command.run(`/matters/${matter.matterId}/assignments`, body, { ifMatch: matter.version })) onDone();
  };
  return (
    <CommandForm title={t('matters.assign')} command={command} onSubmit={() => void submit()} testId="assign-form">
      <Field label={t('matters.leadUnit')} required>
        <select name="leadUnitId" value={form.leadUnitId} onChange={(e) => setForm({ ...form, leadUnitId: e.target.value })}>
          <option value="">—</option>
          {registry.units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
      </Field>
      <Field label={t('matters.assistingUnits')}>
        <select name="assistingUnitIds" multiple size={4} value={form.assisting} onChange={(e) => setForm({ ...form, assisting: [...e.target.selectedOptions].map((o) => o.value) })}>
          {registry.units.filter((u) => u.id !== form.leadUnitId).map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
      </Field>
      <Field label={t('matters.days')} hint={t('matters.tierHint')}>
        <select name="days" value={form.days} onChange={(e) => setForm({ ...form, days: e.target.value })}>
          {days.map((d) => <option key={d} value={d}>{d}</option>)}
        </select>
      </Field>
      <Field label={t('matters.dayCount')}>
        <select name="dayCount" value={form.dayCount} onChange={(e) => setForm({ ...form, dayCount: e.target.value })}>
          {['calendarDays', 'workingDays'].map((d) => <option key={d} value={d}>{tk('matters.dayCount', d)}</option>)}
        </select>
      </Field>
    </CommandForm>
  );
}

/** 催办 / 督办 by the office, with a note. */
export function RemindForm({ matter, onDone }: Props) {
  const { t, tk } = useI18n();
  const command = useCommand();
  const [level, setLevel] = useState('urge');
  const [note, setNote] = useState('');
  const submit = async () => {
    if (await command.run(`/matters/${matter.matterId}/reminders`, { level, note }, { ifMatch: matter.version })) onDone();
  };
  return (
    <CommandForm title={t('matters.remind')} command={command} onSubmit={() => void submit()} testId="remind-form">
      <Field label={t('matters.level')}>
        <select name="level" value={level} onChange={(e) => setLevel(e.target.value)}>
          {['urge', 'supervise'].map((l) => <option key={l} value={l}>{tk('reminder', l)}</option>)}
        </select>
      </Field>
      <Field label={t('matters.note')} wide>
        <textarea name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
    </CommandForm>
  );
}

/** 延期审批: an approval sets a concrete new date (the one asked for unless changed). */
export function ExtensionDecisionForm({ matter, onDone }: Props) {
  const { t } = useI18n();
  const command = useCommand();
  const asked = matter.pendingExtension?.proposedDueAt ?? '';
  const [approved, setApproved] = useState(true);
  const [date, setDate] = useState(asked ? new Date(Date.parse(asked) + 8 * 3_600_000).toISOString().slice(0, 10) : '');
  const [note, setNote] = useState('');
  const submit = async () => {
    const body = { approved, note, ...(approved && date ? { newDueAt: endOfShanghaiDayIso(date) } : {}) };
    if (await command.run(`/matters/${matter.matterId}/extension-decisions`, body, { ifMatch: matter.version })) onDone();
  };
  return (
    <CommandForm title={t('matters.decideExtension')} command={command} onSubmit={() => void submit()} testId="extension-decision-form">
      <p className="hint field-wide">{matter.pendingExtension?.reason}</p>
      <label className="field"><span><input type="checkbox" name="approved" checked={approved} onChange={(e) => setApproved(e.target.checked)} /> {t('matters.approve')}</span></label>
      <Field label={t('matters.newDueDate')}>
        <input type="date" name="newDueAt" value={date} onChange={(e) => setDate(e.target.value)} disabled={!approved} />
      </Field>
      <Field label={t('matters.note')} wide>
        <textarea name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
    </CommandForm>
  );
}

/** 审核: accepted (审结) or sent back (退办) with the reason. */
export function ReviewForm({ matter, onDone }: Props) {
  const { t, tk } = useI18n();
  const command = useCommand();
  const [outcome, setOutcome] = useState('accepted');
  const [note, setNote] = useState('');
  const submit = async () => {
    if (await command.run(`/matters/${matter.matterId}/reviews`, { outcome, note }, { ifMatch: matter.version })) onDone();
  };
  return (
    <CommandForm title={t('matters.review')} command={command} onSubmit={() => void submit()} testId="review-form">
      <Field label={t('matters.outcome')}>
        <select name="outcome" value={outcome} onChange={(e) => setOutcome(e.target.value)}>
          {['accepted', 'returned'].map((o) => <option key={o} value={o}>{tk('matters.outcome', o)}</option>)}
        </select>
      </Field>
      <Field label={t('matters.note')} wide required={outcome === 'returned'}>
        <textarea name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
    </CommandForm>
  );
}

/** 办结. */
export function CloseMatterForm({ matter, onDone }: Props) {
  const { t } = useI18n();
  const command = useCommand();
  const [note, setNote] = useState('');
  const submit = async () => {
    if (await command.run(`/matters/${matter.matterId}/close`, { note }, { ifMatch: matter.version })) onDone();
  };
  return (
    <CommandForm title={t('matters.close')} command={command} onSubmit={() => void submit()} testId="close-matter-form" submitLabel={t('matters.close')}>
      <Field label={t('matters.note')} wide>
        <textarea name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
    </CommandForm>
  );
}
