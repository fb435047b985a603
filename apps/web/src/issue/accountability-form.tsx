import { useState } from 'react';
import { PERSON_ACCOUNTABILITY_MEASURES, UNIT_ACCOUNTABILITY_MEASURES } from '@domain/issue/accountability-measures';
import { useRegistry } from '../api/registry-context';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { Field, FieldSet } from '../components/field';
import { useI18n } from '../i18n/i18n-context';
import type { ActionProps } from './issue-types';

interface Target {
  kind: 'unit' | 'person';
  name: string;
  /** the unit held accountable, or the unit the person belongs to: the issue's unit or a superior department */
  unitId: string;
}

/** The issue's unit and its superior departments up the registry's chain (the only units a decision may target). */
function eligibleUnits(unitId: string, unitById: Map<string, { parentUnitId?: string | null }>): string[] {
  const chain = [unitId];
  for (let parent = unitById.get(unitId)?.parentUnitId; parent && !chain.includes(parent); parent = unitById.get(parent)?.parentUnitId) chain.push(parent);
  return chain;
}

/** 问责处理 (leader): targets, measures allowed for those kinds of target, and the basis. */
export function AccountabilityForm({ issue, onDone }: ActionProps) {
  const { t } = useI18n();
  const registry = useRegistry();
  const command = useCommand();
  const [targets, setTargets] = useState<Target[]>([{ kind: 'unit', name: registry.unitName(issue.unitId), unitId: issue.unitId }]);
  const units = eligibleUnits(issue.unitId, registry.unitById);
  const [measures, setMeasures] = useState<string[]>([]);
  const [basis, setBasis] = useState('');
  const allowed = [...new Set(targets.flatMap((x) => (x.kind === 'unit' ? UNIT_ACCOUNTABILITY_MEASURES : PERSON_ACCOUNTABILITY_MEASURES)))] as string[];
  const update = (index: number, patch: Partial<Target>) => setTargets(targets.map((x, i) => (i === index ? { ...x, ...patch } : x)));

  const submit = async () => {
    const body = {
      targets: targets.map((x) => ({ kind: x.kind, name: x.name, unitId: x.unitId })),
      measures: measures.filter((m) => allowed.includes(m)),
      basis,
    };
    if (await command.run(`/issues/${issue.issueId}/accountability-decisions`, body, { ifMatch: issue.version })) onDone();
  };

  return (
    <CommandForm title={t('action.accountability')} command={command} onSubmit={() => void submit()} testId="accountability-form">
      <p className="muted small field-wide">{t('accountability.quickHint')}</p>
      <fieldset className="field field-wide">
        <legend>{t('field.targets')}</legend>
        {targets.map((target, index) => (
          <div className="inline-row" key={index}>
            <select aria-label={`${t('field.targets')} ${index + 1}`} value={target.kind} onChange={(e) => update(index, { kind: e.target.value as Target['kind'] })}>
              <option value="unit">{t('target.unit')}</option>
              <option value="person">{t('target.person')}</option>
            </select>
            <select
              aria-label={`${t('ironRules.targetUnit')} ${index + 1}`}
              value={target.unitId}
              onChange={(e) => update(index, { unitId: e.target.value, ...(target.kind === 'unit' ? { name: registry.unitName(e.target.value) } : {}) })}
            >
              {units.map((id) => (
                <option key={id} value={id}>
                  {registry.unitName(id)}
                </option>
              ))}
            </select>
            <input aria-label={`${t('field.targetName')} ${index + 1}`} value={target.name} onChange={(e) => update(index, { name: e.target.value })} required />
            {targets.length > 1 && (
              <button type="button" className="link" onClick={() => setTargets(targets.filter((_, i) => i !== index))}>
                {t('common.remove')}
              </button>
            )}
          </div>
        ))}
        <button type="button" className="btn btn-small" onClick={() => setTargets([...targets, { kind: 'person', name: '', unitId: issue.unitId }])}>
          + {t('common.add')} {t('target.person')}
        </button>
      </fieldset>
      <FieldSet legend={t('field.accountabilityMeasures')}>
        {allowed.map((m) => (
          <label key={m} className="choice">
            <input type="checkbox" name="measures" value={m} checked={measures.includes(m)} onChange={(e) => setMeasures(e.target.checked ? [...measures, m] : measures.filter((x) => x !== m))} />{' '}
            {t(`measure.${m}` as 'measure.interview')}
          </label>
        ))}
      </FieldSet>
      <Field label={t('field.basis')} required wide>
        <textarea name="basis" rows={2} value={basis} onChange={(e) => setBasis(e.target.value)} />
      </Field>
    </CommandForm>
  );
}
