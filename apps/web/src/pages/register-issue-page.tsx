import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ISSUE_SOURCE_KINDS, SEVERITIES } from '@domain/issue/issue.types';
import { get } from '../api/client';
import { useRegistry } from '../api/registry-context';
import { useResource } from '../api/use-resource';
import { formatCalendarDate } from '../format/dates';
import type { VisitRow } from '../visits/visit-types';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { EvidenceInput, evidenceForRequest, type EvidenceItem } from '../components/evidence-input';
import { Field, FieldSet } from '../components/field';
import { PageHeader } from '../components/page-header';
import { useI18n } from '../i18n/i18n-context';

/** 发现问题/立项: a supervisor (or the office) registers an issue found at a unit. */
export function RegisterIssuePage() {
  const { t, lang } = useI18n();
  const registry = useRegistry();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const command = useCommand();
  const [unitId, setUnitId] = useState(params.get('unitId') ?? '');
  const [category, setCategory] = useState('');
  const [severity, setSeverity] = useState<string>('general');
  const [safetyHazard, setSafetyHazard] = useState(false);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [personal, setPersonal] = useState(false);
  const activityId = params.get('activityId') ?? '';
  const [sourceKind, setSourceKind] = useState<string>(activityId ? 'activity' : 'visit');
  const [visitId, setVisitId] = useState(params.get('visitId') ?? '');
  const [complaintRef, setComplaintRef] = useState('');
  const [evidence, setEvidence] = useState<EvidenceItem[]>([]);
  // The visits at this school a found issue can come from (newest first), picked by date instead of an id.
  const visits = useResource<{ items: VisitRow[] }>(unitId ? (s) => get(`/visits?unitId=${encodeURIComponent(unitId)}&pageSize=20`, s) : null, `visits-${unitId}`);

  const submit = async () => {
    const source = { kind: sourceKind, ...(sourceKind === 'visit' && visitId ? { visitId } : {}), ...(sourceKind === 'activity' && activityId ? { activityId } : {}), ...(sourceKind === 'complaint' && complaintRef ? { complaintRef } : {}) };
    const result = await command.run('/issues', { unitId, category, severity, safetyHazard, title, description, personal, source, evidence: evidenceForRequest(evidence) });
    if (result) navigate(`/issues/${result.id}`);
  };

  return (
    <>
      <PageHeader title={t('nav.newIssue')} />
      <CommandForm title={t('issue.details')} command={command} onSubmit={() => void submit()} testId="register-form">
        <Field label={t('field.unit')} required>
          <select name="unitId" value={unitId} onChange={(e) => setUnitId(e.target.value)}>
            <option value="">—</option>
            {registry.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('field.category')} required>
          <select name="category" value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">—</option>
            {registry.categories.map((c, i) => (
              <option key={c.code} value={c.code}>
                {i + 1}. {lang === 'en' && c.nameEn ? c.nameEn : c.name}
              </option>
            ))}
          </select>
        </Field>
        <FieldSet legend={t('field.severity')}>
          {SEVERITIES.map((s) => (
            <label key={s} className="choice">
              <input type="radio" name="severity" value={s} checked={severity === s} onChange={() => setSeverity(s)} /> {t(`severity.${s}`)}
            </label>
          ))}
          <label className="choice">
            <input type="checkbox" name="safetyHazard" checked={safetyHazard} onChange={(e) => setSafetyHazard(e.target.checked)} /> {t('field.safetyHazard')}
          </label>
        </FieldSet>
        <Field label={t('field.title')} required wide hint={personal ? t('personalData.flagHint') : undefined}>
          <input name="title" maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Field label={t('field.description')} required wide>
          <textarea name="description" rows={4} value={description} onChange={(e) => setDescription(e.target.value)} />
        </Field>
        <label className="choice field-wide">
          <input type="checkbox" name="personal" checked={personal} onChange={(e) => setPersonal(e.target.checked)} /> {t('personalData.flag')}
        </label>
        <Field label={t('field.sourceKind')}>
          <select name="sourceKind" value={sourceKind} onChange={(e) => setSourceKind(e.target.value)}>
            {ISSUE_SOURCE_KINDS.filter((k) => k !== 'activity' || activityId).map((k) => (
              <option key={k} value={k}>
                {t(`source.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        {sourceKind === 'visit' && (
          <Field label={t('visits.pickVisit')} hint={t('common.optional')}>
            <select name="visitId" value={visitId} onChange={(e) => setVisitId(e.target.value)}>
              <option value="">{t('visits.noVisit')}</option>
              {(visits.data?.items ?? []).map((v) => (
                <option key={v.visitId} value={v.visitId}>
                  {formatCalendarDate(lang, v.date)} · {t(`visitKind.${v.kind}` as 'visitKind.routine')}
                </option>
              ))}
            </select>
          </Field>
        )}
        {sourceKind === 'complaint' && (
          <Field label={t('field.complaintRef')} hint={t('common.optional')}>
            <input name="complaintRef" value={complaintRef} onChange={(e) => setComplaintRef(e.target.value)} />
          </Field>
        )}
        <EvidenceInput value={evidence} onChange={setEvidence} />
      </CommandForm>
    </>
  );
}
