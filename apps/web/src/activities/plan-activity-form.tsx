import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ACTIVITY_KINDS } from '@domain/activity/activity.types';
import { useRegistry } from '../api/registry-context';
import { useCommand } from '../api/use-command';
import { useUser } from '../auth/session-context';
import { CommandForm } from '../components/command-form';
import { Field, FieldSet } from '../components/field';
import { shanghaiToday } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';

/** 新建督导活动: kind, title, the matters, the schools and the dates; a supervisor plans joint visits only. */
export function PlanActivityForm({ onClose }: { onClose(): void }) {
  const { t, tk, lang } = useI18n();
  const registry = useRegistry();
  const user = useUser();
  const command = useCommand();
  const navigate = useNavigate();
  const kinds = user.role === 'supervisor' ? (['joint'] as const) : ACTIVITY_KINDS;
  const [form, setForm] = useState({ kind: kinds[0] as string, title: '', from: shanghaiToday(), to: shanghaiToday() });
  const [matters, setMatters] = useState<string[]>([]);
  const [targets, setTargets] = useState<string[]>([]);
  const toggle = (list: string[], set: (v: string[]) => void, value: string, on: boolean) => set(on ? [...list, value] : list.filter((v) => v !== value));
  const submit = async () => {
    const result = await command.run('/activities', { ...form, matters, targetUnitIds: targets });
    if (result) navigate(`/activities/${result.id}`);
  };
  return (
    <CommandForm title={t('activity.plan')} command={command} onSubmit={() => void submit()} onCancel={onClose} testId="plan-activity">
      <Field label={t('activity.kind')} required>
        <select name="kind" value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value })}>
          {kinds.map((k) => <option key={k} value={k}>{tk('activityKind', k)}</option>)}
        </select>
      </Field>
      <Field label={t('activity.name')} required wide>
        <input name="title" value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />
      </Field>
      <Field label={t('activity.from')} required>
        <input type="date" name="from" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
      </Field>
      <Field label={t('activity.to')} required>
        <input type="date" name="to" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} />
      </Field>
      <FieldSet legend={t('field.matters')}>
        {registry.categories.map((c) => (
          <label key={c.code} className="choice">
            <input type="checkbox" name="matters" value={c.code} checked={matters.includes(c.code)} onChange={(e) => toggle(matters, setMatters, c.code, e.target.checked)} />{' '}
            {lang === 'en' && c.nameEn ? c.nameEn : c.name}
          </label>
        ))}
      </FieldSet>
      <FieldSet legend={t('activity.targets')}>
        <div className="choice-scroll">
          {registry.units.map((u) => (
            <label key={u.id} className="choice">
              <input type="checkbox" name="targetUnitIds" value={u.id} checked={targets.includes(u.id)} onChange={(e) => toggle(targets, setTargets, u.id, e.target.checked)} /> {u.name}
            </label>
          ))}
        </div>
      </FieldSet>
    </CommandForm>
  );
}
