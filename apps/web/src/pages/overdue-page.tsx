import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { fetchAll } from '../api/fetch-all';
import { issueIdOf, num, str } from '../api/loose';
import { useRegistry } from '../api/registry-context';
import type { Loose } from '../api/types';
import { useResource } from '../api/use-resource';
import { ReminderBadge, SeverityBadge } from '../components/badges';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { downloadCsv } from '../format/csv';
import { formatDate, shanghaiToday } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import { emptyOverdueFilters, OverdueFilters, type OverdueFilterValues } from './overdue-filters';
import { RecomputedMark } from '../calendar/recomputed-mark';

type SortKey = 'daysOverdue' | 'deadline' | 'unitName' | 'severity' | 'reminderLevel' | 'title';
const SEVERITY_RANK: Record<string, number> = { general: 1, serious: 2, major: 3 };
const REMINDER_RANK: Record<string, number> = { urge: 1, supervise: 2 };

const accountabilityOf = (row: Loose) => {
  const value = row.accountability;
  if (typeof value === 'string') return value; // 'decided' | 'required' | 'none'
  if (row.accountabilityDecided === true) return 'decided';
  return row.accountabilityRequired === true ? 'required' : 'none';
};

/** 逾期清单: most overdue first; filter by zone/unit/severity, days, reminder level, accountability; CSV. */
export function OverduePage() {
  const { t, tk, lang } = useI18n();
  const registry = useRegistry();
  const overdue = useResource((s) => fetchAll('/overdue', s), 'overdue');
  const [filters, setFilters] = useState<OverdueFilterValues>(emptyOverdueFilters);
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'daysOverdue', desc: true });

  const rows = useMemo(() => {
    const items = overdue.data?.items ?? [];
    const zoneOf = (row: Loose) => str(row, 'zoneId') ?? registry.unitById.get(str(row, 'unitId') ?? '')?.zoneId ?? '';
    const filtered = items.filter((row) => {
      if (filters.zoneId && zoneOf(row) !== filters.zoneId) return false;
      if (filters.unitId && str(row, 'unitId') !== filters.unitId) return false;
      if (filters.severity && str(row, 'severity') !== filters.severity) return false;
      if (filters.minDays && (num(row, 'daysOverdue') ?? 0) < Number(filters.minDays)) return false;
      if (filters.reminder && (str(row, 'reminderLevel') ?? 'none') !== filters.reminder) return false;
      if (filters.accountability === 'decided' && accountabilityOf(row) !== 'decided') return false;
      if (filters.accountability === 'undecided' && accountabilityOf(row) === 'decided') return false;
      return true;
    });
    const value = (row: Loose): string | number => {
      switch (sort.key) {
        case 'severity': return SEVERITY_RANK[str(row, 'severity') ?? ''] ?? 0;
        case 'reminderLevel': return REMINDER_RANK[str(row, 'reminderLevel') ?? ''] ?? 0;
        case 'daysOverdue': return num(row, 'daysOverdue') ?? 0;
        default: return str(row, sort.key) ?? '';
      }
    };
    return [...filtered].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
      return sort.desc ? -order : order;
    });
  }, [overdue.data, filters, sort, registry.unitById]);

  const header = (key: SortKey, label: string, numeric = false) => {
    const active = sort.key === key;
    return (
      <th scope="col" className={numeric ? 'num' : undefined} aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
        <button type="button" className="sort" onClick={() => setSort({ key, desc: active ? !sort.desc : true })}>
          {label} <span aria-hidden="true">{active ? (sort.desc ? '▼' : '▲') : '↕'}</span>
        </button>
      </th>
    );
  };

  const exportCsv = () =>
    downloadCsv(
      `overdue-${shanghaiToday()}.csv`,
      [t('field.issueId'), t('field.title'), t('field.unit'), t('field.zone'), t('field.severity'), t('field.deadline'), t('field.daysOverdue'), t('field.reminderLevel'), t('field.accountability')],
      rows.map((row) => [
        issueIdOf(row), str(row, 'title'), str(row, 'unitName') ?? registry.unitName(str(row, 'unitId')),
        registry.zoneName(registry.unitById.get(str(row, 'unitId') ?? '')?.zoneId), tk('severity', str(row, 'severity')),
        formatDate(lang, str(row, 'deadline')), num(row, 'daysOverdue'), tk('reminder', str(row, 'reminderLevel') ?? 'none'), tk('accountability', accountabilityOf(row) === 'none' ? 'notRequired' : accountabilityOf(row)),
      ]),
    );

  return (
    <>
      <PageHeader
        title={t('overdue.title')}
        subtitle={t('overdue.subtitle')}
        actions={
          <button type="button" className="btn" onClick={exportCsv} disabled={!rows.length} data-testid="export-csv">
            {t('common.export')}
          </button>
        }
      />
      <OverdueFilters value={filters} onChange={setFilters} />
      <LoadState resource={overdue}>
        {() => (
          <div className="table-wrap card">
            <p className="muted table-caption" data-testid="overdue-count">{t('common.total', { n: rows.length })}</p>
            <table className="table" data-testid="overdue-table">
              <thead>
                <tr>
                  {header('title', t('field.title'))}
                  {header('unitName', t('field.unit'))}
                  {header('severity', t('field.severity'))}
                  {header('deadline', t('field.deadline'))}
                  {header('daysOverdue', t('field.daysOverdue'), true)}
                  {header('reminderLevel', t('field.reminderLevel'))}
                  <th scope="col">{t('field.accountability')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const acc = accountabilityOf(row);
                  return (
                    <tr key={issueIdOf(row)} data-issue-id={issueIdOf(row)}>
                      <td><Link to={`/issues/${issueIdOf(row)}`}>{str(row, 'title')}</Link></td>
                      <td>{str(row, 'unitName') ?? registry.unitName(str(row, 'unitId'))}</td>
                      <td><SeverityBadge severity={str(row, 'severity')} /></td>
                      <td>
                        {formatDate(lang, str(row, 'deadline'))}
                        {row.deadlineRecomputed ? <RecomputedMark value={row.deadlineRecomputed as Loose} /> : null}
                      </td>
                      <td className="num danger-text"><strong>{t('overdue.days', { n: num(row, 'daysOverdue') ?? 0 })}</strong></td>
                      <td><ReminderBadge level={str(row, 'reminderLevel')} /></td>
                      <td>
                        <span className={`badge ${acc === 'decided' ? 'ok' : acc === 'required' ? 'warn' : ''}`}>
                          {acc === 'decided' ? t('accountability.decided') : acc === 'required' ? t('accountability.required') : t('accountability.notRequired')}
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {!rows.length && <p className="muted">{t('common.empty')}</p>}
          </div>
        )}
      </LoadState>
    </>
  );
}
