import { bool, str } from '../api/loose';
import { useRegistry } from '../api/registry-context';
import type { Loose } from '../api/types';
import { useI18n } from '../i18n/i18n-context';

export type GroupBy = 'unit' | 'zone' | 'category';
const STATUSES = ['open', 'rectifying', 'awaiting_recheck', 'rectified', 'closed'] as const;

/** 问题汇总: counts per unit / zone / matter, by status, with overdue. */
export function IssueAggregation({ items, by }: { items: Loose[]; by: GroupBy }) {
  const { t } = useI18n();
  const registry = useRegistry();
  const keyOf = (row: Loose) =>
    by === 'unit' ? (str(row, 'unitId') ?? '?') : by === 'zone' ? (str(row, 'zoneId') ?? registry.unitById.get(str(row, 'unitId') ?? '')?.zoneId ?? '?') : (str(row, 'category') ?? '?');
  const nameOf = (key: string) => (by === 'unit' ? registry.unitName(key) : by === 'zone' ? registry.zoneName(key) : registry.categoryName(key));
  const groups = new Map<string, Loose[]>();
  for (const row of items) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  const sorted = [...groups].sort((a, b) => b[1].length - a[1].length);
  return (
    <div className="table-wrap card">
      <table className="table" data-testid="aggregation-table">
        <thead>
          <tr>
            <th scope="col">{t(`issues.group.${by}`)}</th>
            <th scope="col" className="num">{t('dashboard.kpiTotal')}</th>
            {STATUSES.map((s) => (
              <th scope="col" className="num" key={s}>{t(`status.${s}`)}</th>
            ))}
            <th scope="col" className="num">{t('dashboard.kpiOverdue')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map(([key, rows]) => (
            <tr key={key}>
              <th scope="row">{nameOf(key)}</th>
              <td className="num">{rows.length}</td>
              {STATUSES.map((s) => (
                <td className="num" key={s}>{rows.filter((r) => str(r, 'status') === s).length || ''}</td>
              ))}
              <td className="num danger-text">{rows.filter((r) => bool(r, 'overdue')).length || ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
