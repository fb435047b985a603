import { get } from '../api/client';
import { useRegistry } from '../api/registry-context';
import { useResource } from '../api/use-resource';
import { LoadState } from '../components/load-state';
import { useI18n } from '../i18n/i18n-context';

export type GroupBy = 'unit' | 'zone' | 'category';

interface Group { unitId?: string; unitName?: string; zoneId?: string; zoneName?: string; category?: string; total: number; overdue: number; closed: number; open?: number }
interface Aggregates { byUnit: Group[]; byZone: Group[]; byCategory: Group[] }

/** 问题汇总: counts per unit / zone / matter over every issue in scope (from the aggregation read model, not one page). */
export function IssueAggregation({ by }: { by: GroupBy }) {
  const { t } = useI18n();
  const registry = useRegistry();
  const aggregates = useResource<Aggregates>((s) => get('/dashboard', s), 'aggregation');
  const nameOf = (g: Group) => (by === 'unit' ? (g.unitName ?? registry.unitName(g.unitId)) : by === 'zone' ? (g.zoneName ?? registry.zoneName(g.zoneId)) : registry.categoryName(g.category));
  return (
    <LoadState resource={aggregates}>
      {(data) => {
        const rows = (by === 'unit' ? data.byUnit : by === 'zone' ? data.byZone : data.byCategory).filter((g) => g.total > 0);
        return (
          <div className="table-wrap card">
            <table className="table" data-testid="aggregation-table">
              <thead>
                <tr>
                  <th scope="col">{t(`issues.group.${by}`)}</th>
                  <th scope="col" className="num">{t('dashboard.kpiTotal')}</th>
                  <th scope="col" className="num">{t('dashboard.kpiOpen')}</th>
                  <th scope="col" className="num">{t('status.closed')}</th>
                  <th scope="col" className="num">{t('dashboard.kpiOverdue')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((g, i) => (
                  <tr key={i}>
                    <th scope="row">{nameOf(g)}</th>
                    <td className="num">{g.total}</td>
                    <td className="num">{g.open ?? g.total - g.closed}</td>
                    <td className="num">{g.closed || ''}</td>
                    <td className="num danger-text">{g.overdue || ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {rows.length === 0 && <p className="muted empty">{t('common.empty')}</p>}
          </div>
        );
      }}
    </LoadState>
  );
}
