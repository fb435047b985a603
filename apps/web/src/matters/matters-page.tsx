import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useRegistry } from '../api/registry-context';
import { usePagedList } from '../api/use-paged-list';
import { useUser } from '../auth/session-context';
import { ReminderBadge } from '../components/badges';
import { DocNumber } from '../components/doc-number';
import { DueDate } from '../components/due-date';
import { ExportButtons } from '../components/export-buttons';
import { FilterSelect } from '../components/filter-select';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { Pager } from '../components/pager';
import { useI18n } from '../i18n/i18n-context';
import { MatterSummary } from './matter-summary';
import { MATTER_STATUSES, MATTER_TIERS, type MatterRow } from './matter-types';

/** 督查事项台账: every matter within the reader's scope, filtered by status, tier, unit and overdue, paged and exported. */
export function MattersPage() {
  const { t, tk } = useI18n();
  const user = useUser();
  const registry = useRegistry();
  const [filters, setFilters] = useState({ status: '', tier: '', unitId: '', overdue: '' });
  const list = usePagedList<MatterRow>('/matters', filters);
  const set = (key: keyof typeof filters) => (e: { target: { value: string } }) => setFilters({ ...filters, [key]: e.target.value });
  const office = user.role === 'coordinator' || user.role === 'leader';
  const actions = (
    <>
      {office && <Link className="btn btn-primary" to="/matters/new">{t('matters.new')}</Link>}
      <ExportButtons path={list.path} name="matters" />
    </>
  );
  return (
    <>
      <PageHeader title={t('matters.title')} actions={actions} />
      <div className="filters card" role="group" aria-label={t('matters.title')}>
        <FilterSelect label={t('matters.status')} name="status" value={filters.status} onChange={set('status')}>
          {MATTER_STATUSES.map((s) => <option key={s} value={s}>{tk('matterStatus', s)}</option>)}
        </FilterSelect>
        <FilterSelect label={t('matters.tier')} name="tier" value={filters.tier} onChange={set('tier')}>
          {MATTER_TIERS.map((s) => <option key={s} value={s}>{tk('matterTier', s)}</option>)}
        </FilterSelect>
        <FilterSelect label={t('field.unit')} name="unitId" value={filters.unitId} onChange={set('unitId')}>
          {registry.units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </FilterSelect>
        <FilterSelect label={t('matters.overdue')} name="overdue" value={filters.overdue} onChange={set('overdue')}>
          <option value="true">{t('matters.overdueOnly')}</option>
          <option value="false">{t('matters.notOverdue')}</option>
        </FilterSelect>
      </div>
      <LoadState resource={list}>
        {(data) => (
          <div className="table-wrap card">
            <table className="table" data-testid="matters-table">
              <thead>
                <tr>
                  <th scope="col">{t('matters.matter')}</th>
                  <th scope="col">{t('matters.tier')}</th>
                  <th scope="col">{t('matters.leadUnit')}</th>
                  <th scope="col">{t('matters.status')}</th>
                  <th scope="col">{t('matters.dueAt')}</th>
                  <th scope="col">{t('matters.reminder')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((m) => (
                  <tr key={m.matterId} data-overdue={m.overdue}>
                    <td><Link to={`/matters/${m.matterId}`}><DocNumber number={m.number} /> {m.title}</Link></td>
                    <td>{tk('matterTier', m.tier)}</td>
                    <td>{m.unitId ? registry.unitName(m.unitId) : '—'}</td>
                    <td><span className={`badge matter-${m.status}`}>{tk('matterStatus', m.status)}</span>{m.overdue && <span className="badge danger">{t('matters.overdue')}</span>}</td>
                    <td>{m.dueAt && ['assigned', 'returned'].includes(m.status) ? <DueDate instant={m.dueAt} /> : '—'}</td>
                    <td><ReminderBadge level={m.reminderLevel} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
            {data.items.length === 0 && <p className="muted empty">{t('matters.empty')}</p>}
            <Pager page={list.page} pageSize={list.pageSize} total={data.total} onPage={list.setPage} />
          </div>
        )}
      </LoadState>
      {user.role !== 'unit' && <MatterSummary />}
    </>
  );
}
