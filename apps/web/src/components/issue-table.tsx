import { Link } from 'react-router-dom';
import { bool, issueIdOf, str } from '../api/loose';
import { useRegistry } from '../api/registry-context';
import type { Loose } from '../api/types';
import { formatDate } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import { SeverityBadge, StatusBadge } from './badges';
import { DocNumber } from './doc-number';

/** Issue rows of GET /issues; with `selected`, each row has a checkbox (bulletin composition). */
export function IssueTable({ items, selected, onToggle }: { items: Loose[]; selected?: Set<string>; onToggle?(id: string): void }) {
  const { t, lang } = useI18n();
  const registry = useRegistry();
  if (!items.length) return <p className="muted card">{t('common.empty')}</p>;
  return (
    <div className="table-wrap card">
      <table className="table" data-testid="issue-table">
        <thead>
          <tr>
            {selected && <th scope="col"><span className="sr-only">✓</span></th>}
            <th scope="col">{t('field.title')}</th>
            <th scope="col">{t('field.unit')}</th>
            <th scope="col">{t('field.category')}</th>
            <th scope="col">{t('field.severity')}</th>
            <th scope="col">{t('field.status')}</th>
            <th scope="col">{t('field.deadline')}</th>
            <th scope="col">{t('field.foundAt')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((row) => {
            const id = issueIdOf(row);
            const overdue = bool(row, 'overdue');
            return (
              <tr key={id} className={overdue ? 'row-overdue' : undefined}>
                {selected && (
                  <td>
                    <input type="checkbox" aria-label={`${t('common.add')} ${str(row, 'number') ?? ''} ${str(row, 'title') ?? ''}`} checked={selected.has(id)} onChange={() => onToggle?.(id)} />
                  </td>
                )}
                <td className="title-cell">
                  <DocNumber number={str(row, 'number')} />
                  <Link to={`/issues/${id}`}>{str(row, 'title') ?? t('list.unnumbered')}</Link>
                </td>
                <td>{str(row, 'unitName') ?? registry.unitName(str(row, 'unitId'))}</td>
                <td>{registry.categoryName(str(row, 'category'))}</td>
                <td>
                  <SeverityBadge severity={str(row, 'severity')} />
                </td>
                <td>
                  <StatusBadge status={str(row, 'status')} />
                  {overdue && <span className="badge danger">{t('dashboard.kpiOverdue')}</span>}
                </td>
                <td>{formatDate(lang, str(row, 'deadline'))}</td>
                <td>{formatDate(lang, str(row, 'foundAt'))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
