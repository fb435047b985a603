import { Link } from 'react-router-dom';
import { issueIdOf, pick, str } from '../api/loose';
import type { Loose } from '../api/types';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';

/** Bulletins as cards; used by the office's list and by the public page (`linkIssues` only inside). */
export function BulletinList({ items, linkIssues, renderActions }: { items: Loose[]; linkIssues?: boolean; renderActions?(row: Loose): React.ReactNode }) {
  const { t, tk, lang } = useI18n();
  if (!items.length) return <p className="muted card">{t('common.empty')}</p>;
  return (
    <ul className="bulletins" data-testid="bulletin-list">
      {items.map((row) => {
        const id = str(row, 'bulletinId', 'id') ?? '';
        const published = str(row, 'publishedAt');
        const issues = (pick(row, 'issues', 'items') as Loose[] | undefined) ?? ((pick(row, 'issueIds') as string[] | undefined) ?? []).map((issueId) => ({ issueId }));
        return (
          <li key={id} className="card bulletin">
            <header>
              <h2>{str(row, 'title')}</h2>
              <div className="muted">
                {str(row, 'period')}
                {' · '}
                {published ? `${t('bulletins.publishedAt')} ${formatDateTime(lang, published)}` : t('bulletins.draft')}
                {str(row, 'scope') && <span className="badge">{tk('scope', str(row, 'scope'))}</span>}
              </div>
            </header>
            {issues.length > 0 && !issues.some((issue) => str(issue, 'title')) && (
              <p className="muted">
                {t('bulletins.issues')}：{issues.length}
              </p>
            )}
            {issues.some((issue) => str(issue, 'title')) && (
              <ol className="bulletin-issues" aria-label={t('bulletins.issues')}>
                {issues.map((issue, i) => {
                  const issueId = issueIdOf(issue);
                  const label = str(issue, 'title') ?? issueId;
                  const unit = str(issue, 'unitName');
                  return (
                    <li key={`${issueId}-${i}`}>
                      {linkIssues ? <Link to={`/issues/${issueId}`}>{label}</Link> : label}
                      {unit && <span className="muted"> · {unit}</span>}
                      {str(issue, 'status') && <span className="muted"> · {tk('status', str(issue, 'status'))}</span>}
                    </li>
                  );
                })}
              </ol>
            )}
            {renderActions?.(row)}
          </li>
        );
      })}
    </ul>
  );
}
