import { useState } from 'react';
import { VISIT_METHODS } from '@domain/visit/visit.types';
import { useCommand } from '../api/use-command';
import { useRegistry } from '../api/registry-context';
import { CommandForm } from '../components/command-form';
import { Field, FieldSet } from '../components/field';
import { shanghaiToday } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import type { ActivityDetail, Finding } from './activity-types';

const blank = (supervisorId = '', matter = ''): Finding => ({ supervisorId, matter, highlights: '', problems: '', suggestions: '' });

/** 实地督导: the date, the flow items done, and each member's 评估小结 on their matters (成绩与亮点, 问题, 建议). */
export function SiteVisitForm({ activity, unitId, names, onDone }: { activity: ActivityDetail; unitId: string; names: Record<string, string>; onDone(): void }) {
  const { t } = useI18n();
  const registry = useRegistry();
  const command = useCommand();
  const members = activity.state.team?.members ?? [];
  const [date, setDate] = useState(shanghaiToday());
  const [methods, setMethods] = useState<string[]>([]);
  const [findings, setFindings] = useState<Finding[]>(members.flatMap((m) => m.matters.map((matter) => blank(m.supervisorId, matter))));
  const edit = (i: number, patch: Partial<Finding>) => setFindings(findings.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  const submit = async () => {
    const result = await command.run(`/activities/${activity.activityId}/site-visits`, { unitId, date, methods, findings: findings.filter((f) => f.supervisorId && f.matter) });
    if (result) onDone();
  };
  return (
    <CommandForm title={`${t('activity.siteVisit')} · ${registry.unitName(unitId)}`} command={command} onSubmit={() => void submit()} testId={`site-visit-${unitId}`}>
      <Field label={t('field.visitDate')} required>
        <input type="date" name="date" max={shanghaiToday()} value={date} onChange={(e) => setDate(e.target.value)} />
      </Field>
      <FieldSet legend={t('visits.methods')}>
        {VISIT_METHODS.map((m) => (
          <label key={m} className="choice">
            <input type="checkbox" name="methods" value={m} checked={methods.includes(m)} onChange={(e) => setMethods(e.target.checked ? [...methods, m] : methods.filter((x) => x !== m))} /> {t(`visitMethod.${m}`)}
          </label>
        ))}
      </FieldSet>
      <FieldSet legend={t('activity.findings')}>
        {findings.map((f, i) => (
          <div key={i} className="finding-row card">
            <label>{t('activity.member')}
              <select value={f.supervisorId} onChange={(e) => edit(i, { supervisorId: e.target.value })}>
                <option value="">—</option>
                {members.map((m) => <option key={m.supervisorId} value={m.supervisorId}>{names[m.supervisorId] ?? '—'}</option>)}
              </select>
            </label>
            <label>{t('activity.matter')}
              <select value={f.matter} onChange={(e) => edit(i, { matter: e.target.value })}>
                <option value="">—</option>
                {activity.state.matters.map((m) => <option key={m} value={m}>{registry.categoryName(m)}</option>)}
              </select>
            </label>
            <label>{t('visits.highlights')}<textarea rows={2} value={f.highlights} onChange={(e) => edit(i, { highlights: e.target.value })} /></label>
            <label>{t('visits.problems')}<textarea rows={2} value={f.problems} onChange={(e) => edit(i, { problems: e.target.value })} /></label>
            <label>{t('visits.suggestions')}<textarea rows={2} value={f.suggestions} onChange={(e) => edit(i, { suggestions: e.target.value })} /></label>
          </div>
        ))}
        <div><button type="button" className="btn btn-small" onClick={() => setFindings([...findings, blank()])}>{t('activity.addFinding')}</button></div>
      </FieldSet>
    </CommandForm>
  );
}
