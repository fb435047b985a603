import { useState } from 'react';
import { Link } from 'react-router-dom';
import { get } from '../api/client';
import { num, str } from '../api/loose';
import { useRegistry } from '../api/registry-context';
import type { Loose } from '../api/types';
import { useResource } from '../api/use-resource';
import { PageHeader } from '../components/page-header';
import { shanghaiMonth } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import { VisitForm } from './visit-form';

/** 我的学校: the supervisor's assigned schools with this month's visit coverage (rule: at least one visit). */
export function SchoolsPage() {
  const { t } = useI18n();
  const registry = useRegistry();
  const [month, setMonth] = useState(shanghaiMonth());
  const [visiting, setVisiting] = useState<string | null>(null);
  const coverage = useResource<unknown>((s) => get(`/coverage?month=${month}`, s), month);
  const rows: Loose[] = Array.isArray(coverage.data) ? (coverage.data as Loose[]) : (((coverage.data as Loose | null)?.items as Loose[] | undefined) ?? []);
  const visitsOf = (unitId: string) => {
    const matching = rows.filter((r) => str(r, 'unitId', 'schoolId') === unitId);
    return matching.length ? matching.reduce((sum, r) => sum + (num(r, 'visits', 'visitCount', 'count') ?? 0), 0) : null;
  };
  const covered = registry.units.filter((u) => (visitsOf(u.id) ?? 0) > 0).length;

  return (
    <>
      <PageHeader
        title={t('schools.title')}
        subtitle={coverage.error ? undefined : `${t('schools.coverage', { month })}: ${covered} / ${registry.units.length}`}
        actions={
          <label className="inline-label">
            {t('field.month')}
            <input type="month" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} />
          </label>
        }
      />
      {coverage.error?.routeMissing && (
        <div className="notice" role="status">
          {t('common.unavailable', { path: '/api/coverage' })}
        </div>
      )}
      <div className="table-wrap card">
        <table className="table" data-testid="schools-table">
          <thead>
            <tr>
              <th scope="col">{t('field.unit')}</th>
              <th scope="col">{t('field.zone')}</th>
              <th scope="col">{t('schools.visits')}</th>
              <th scope="col">
                <span className="sr-only">{t('issue.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {registry.units.map((unit) => {
              const visits = visitsOf(unit.id);
              return (
                <tr key={unit.id}>
                  <td>
                    {unit.name} <span className="muted">{unit.code}</span>
                  </td>
                  <td>{registry.zoneName(unit.zoneId)}</td>
                  <td>
                    {visits === null ? (
                      <span className="muted">—</span>
                    ) : visits > 0 ? (
                      <span className="badge ok">
                        {t('schools.covered')} · {visits}
                      </span>
                    ) : (
                      <span className="badge warn">{t('schools.notCovered')}</span>
                    )}
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
      {visiting && <VisitForm key={visiting} unitId={visiting} onDone={coverage.reload} />}
    </>
  );
}
