import { useState } from 'react';
import { Link } from 'react-router-dom';
import { get } from '../api/client';
import { useRegistry } from '../api/registry-context';
import type { Unit } from '../api/types';
import { useResource } from '../api/use-resource';
import { PageHeader } from '../components/page-header';
import { shanghaiMonth } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import { VisitForm } from './visit-form';

interface CoverageRow { supervisorId: string; unitId: string; visits: number; visitsByAnyone: number; yearMonthsMet?: number; yearMonthsCounted?: number }

/**
 * 我的学校: a responsibility supervisor's own assigned schools (about five) with this month's coverage (rule: at least one
 * visit each), and — for a zone leader — the zone's other schools, told apart.
 */
export function SchoolsPage() {
  const { t } = useI18n();
  const registry = useRegistry();
  const [month, setMonth] = useState(shanghaiMonth());
  const [visiting, setVisiting] = useState<string | null>(null);
  const coverage = useResource<{ items: CoverageRow[]; counted?: boolean }>((s) => get(`/coverage?month=${month}`, s), month);
  const mySupervisorId = registry.me?.supervisor?.id;
  const rows = coverage.data?.items ?? [];
  const mine = registry.units.filter((u) => u.assigned);
  const zone = registry.units.filter((u) => !u.assigned);
  const myVisits = (unitId: string) => rows.filter((r) => r.unitId === unitId && r.supervisorId === mySupervisorId).reduce((n, r) => n + r.visits, 0);
  const anyVisits = (unitId: string) => rows.find((r) => r.unitId === unitId)?.visitsByAnyone ?? 0;
  // 每学年按照10个月计算: counted months so far in which the school's responsibility supervisor (me, if it is mine) came.
  const yearOf = (unitId: string) => rows.find((r) => r.unitId === unitId && r.supervisorId === mySupervisorId) ?? rows.find((r) => r.unitId === unitId);
  const covered = (units: Unit[], count: (id: string) => number) => units.filter((u) => count(u.id) > 0).length;

  const table = (units: Unit[], count: (id: string) => number, testId: string) => (
    <div className="table-wrap card">
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t('field.unit')}</th>
            <th scope="col">{t('field.zone')}</th>
            <th scope="col">{t('schools.visits')}</th>
            <th scope="col">{t('schools.yearMonths')}</th>
            <th scope="col"><span className="sr-only">{t('issue.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => {
            const visits = count(unit.id);
            return (
              <tr key={unit.id} data-unit={unit.id}>
                <td>{unit.name}</td>
                <td>{unit.zoneName ?? registry.zoneName(unit.zoneId)}</td>
                <td>
                  {coverage.data === null ? <span className="muted">—</span> : visits > 0 ? (
                    <span className="badge ok">{t('schools.covered')} · {visits}</span>
                  ) : coverage.data?.counted === false ? (
                    <span className="badge">{t('schools.notCounted')}</span>
                  ) : (
                    <span className="badge warn">{t('schools.notCovered')}</span>
                  )}
                </td>
                <td data-testid={`year-months-${unit.id}`}>
                  {(() => {
                    const year = yearOf(unit.id);
                    return year?.yearMonthsCounted !== undefined ? `${year.yearMonthsMet}/${year.yearMonthsCounted}` : '—';
                  })()}
                </td>
                <td className="row-actions">
                  <button type="button" className="btn btn-small" onClick={() => setVisiting(unit.id)} aria-label={`${t('schools.recordVisit')} ${unit.name}`}>
                    {t('schools.recordVisit')}
                  </button>
                  <Link className="btn btn-small" to={`/issues/new?unitId=${encodeURIComponent(unit.id)}`} aria-label={`${t('schools.registerIssue')} ${unit.name}`}>
                    {t('schools.registerIssue')}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );

  return (
    <>
      <PageHeader
        title={t('schools.title')}
        subtitle={mine.length ? t('schools.coverageMine', { month, covered: covered(mine, myVisits), total: mine.length }) : t('schools.coverageZone', { covered: covered(zone, anyVisits), total: zone.length })}
        actions={
          <label className="inline-label">
            {t('field.month')}
            <input type="month" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} />
          </label>
        }
      />
      {coverage.data?.counted === false && (
        <p className="notice" role="note" data-testid="month-not-counted">
          {t('schools.monthNotCounted', { month })}
        </p>
      )}
      {visiting && <VisitForm key={visiting} unitId={visiting} onDone={coverage.reload} onClose={() => setVisiting(null)} />}
      {mine.length > 0 && (
        <section aria-labelledby="mine-title">
          <h2 id="mine-title">{t('schools.mine', { n: mine.length })}</h2>
          {table(mine, myVisits, 'my-schools')}
        </section>
      )}
      {zone.length > 0 && (
        <section aria-labelledby="zone-title">
          <h2 id="zone-title">{mine.length ? t('schools.zone', { n: zone.length }) : t('schools.title')}</h2>
          <p className="muted small">{mine.length ? t('schools.coverageZone', { covered: covered(zone, anyVisits), total: zone.length }) : ''}</p>
          {table(zone, anyVisits, 'zone-schools')}
        </section>
      )}
    </>
  );
}
