import { useState } from 'react';
import { APPRAISAL_GRADES } from '@domain/supervisor/supervisor.types';
import { useRegistry } from '../api/registry-context';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { Field } from '../components/field';
import { shanghaiToday } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';

/** 登记培训: a course, its date and hours. */
export function TrainingForm({ supervisorId, onDone }: { supervisorId: string; onDone(): void }) {
  const { t } = useI18n();
  const command = useCommand();
  const [form, setForm] = useState({ date: shanghaiToday(), course: '', hours: '8' });
  const submit = async () => {
    if (await command.run(`/supervisors/${encodeURIComponent(supervisorId)}/trainings`, { ...form, hours: Number(form.hours) })) onDone();
  };
  return (
    <CommandForm title={t('supervisor.recordTraining')} command={command} onSubmit={() => void submit()} testId="training-form">
      <Field label={t('supervisor.date')} required><input type="date" max={shanghaiToday()} value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} /></Field>
      <Field label={t('supervisor.hours')} required><input type="number" min={0.5} step={0.5} value={form.hours} onChange={(e) => setForm({ ...form, hours: e.target.value })} /></Field>
      <Field label={t('supervisor.course')} required wide><input value={form.course} onChange={(e) => setForm({ ...form, course: e.target.value })} /></Field>
    </CommandForm>
  );
}

/** 申报利害关系: the school and why (回避). */
export function ConflictForm({ supervisorId, onDone }: { supervisorId: string; onDone(): void }) {
  const { t } = useI18n();
  const registry = useRegistry();
  const command = useCommand();
  const [form, setForm] = useState({ unitId: '', reason: '' });
  const submit = async () => {
    if (await command.run(`/supervisors/${encodeURIComponent(supervisorId)}/conflicts`, form)) onDone();
  };
  return (
    <CommandForm title={t('supervisor.declareConflict')} command={command} onSubmit={() => void submit()} testId="conflict-form">
      <Field label={t('field.unit')} required>
        <select value={form.unitId} onChange={(e) => setForm({ ...form, unitId: e.target.value })}>
          <option value="">—</option>
          {registry.units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
      </Field>
      <Field label={t('supervisor.reason')} required wide><textarea rows={2} value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} /></Field>
    </CommandForm>
  );
}

/** 登记年度考核 (the office). */
export function AppraisalForm({ supervisorId, onDone }: { supervisorId: string; onDone(): void }) {
  const { t, tk } = useI18n();
  const command = useCommand();
  const [form, setForm] = useState({ year: String(Number(shanghaiToday().slice(0, 4)) - 1), grade: 'competent', notes: '' });
  const submit = async () => {
    if (await command.run(`/supervisors/${encodeURIComponent(supervisorId)}/appraisals`, { ...form, year: Number(form.year) })) onDone();
  };
  return (
    <CommandForm title={t('supervisor.recordAppraisal')} command={command} onSubmit={() => void submit()} testId="appraisal-form">
      <Field label={t('supervisor.year')} required><input type="number" value={form.year} onChange={(e) => setForm({ ...form, year: e.target.value })} /></Field>
      <Field label={t('supervisor.grade')} required>
        <select value={form.grade} onChange={(e) => setForm({ ...form, grade: e.target.value })}>
          {APPRAISAL_GRADES.map((g) => <option key={g} value={g}>{tk('grade', g)}</option>)}
        </select>
      </Field>
      <Field label={t('supervisor.notes')} wide><textarea rows={2} value={form.notes} onChange={(e) => setForm({ ...form, notes: e.target.value })} /></Field>
    </CommandForm>
  );
}
