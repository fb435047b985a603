import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { Field } from '../components/field';
import { PageHeader } from '../components/page-header';
import { useI18n } from '../i18n/i18n-context';
import { MATTER_SOURCES, MATTER_TIERS } from './matter-types';

/** 立项: the office registers a matter with its source, requirements and tier; it is numbered by the service. */
export function NewMatterPage() {
  const { t, tk } = useI18n();
  const navigate = useNavigate();
  const command = useCommand();
  const [form, setForm] = useState({ title: '', sourceKind: 'leader_instruction', ref: '', requirements: '', tier: 'normal' });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const submit = async () => {
    const body = { title: form.title, source: { kind: form.sourceKind, ref: form.ref }, requirements: form.requirements, tier: form.tier };
    const result = await command.run('/matters', body);
    if (result) navigate(`/matters/${result.id}`);
  };
  return (
    <>
      <PageHeader title={t('matters.new')} />
      <CommandForm title={t('matters.new')} command={command} onSubmit={() => void submit()} testId="new-matter-form">
        <Field label={t('matters.matter')} required wide>
          <input name="title" value={form.title} onChange={set('title')} maxLength={200} />
        </Field>
        <Field label={t('matters.source')} required>
          <select name="sourceKind" value={form.sourceKind} onChange={set('sourceKind')}>
            {MATTER_SOURCES.map((s) => <option key={s} value={s}>{tk('matterSource', s)}</option>)}
          </select>
        </Field>
        <Field label={t('matters.sourceRef')}>
          <input name="ref" value={form.ref} onChange={set('ref')} maxLength={200} />
        </Field>
        <Field label={t('matters.tier')} required hint={t('matters.tierHint')}>
          <select name="tier" value={form.tier} onChange={set('tier')}>
            {MATTER_TIERS.map((s) => <option key={s} value={s}>{tk('matterTier', s)}</option>)}
          </select>
        </Field>
        <Field label={t('matters.requirements')} required wide>
          <textarea name="requirements" rows={4} value={form.requirements} onChange={set('requirements')} />
        </Field>
      </CommandForm>
    </>
  );
}
