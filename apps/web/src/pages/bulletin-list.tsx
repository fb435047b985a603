import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { pick, str } from '../api/loose';
import type { Loose } from '../api/types';
import { DocNumber } from '../components/doc-number';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';

/** Bulletins as cards, by document number; used by the office's list and by the public page. */
export function BulletinList({ items, renderActions, linkTo }: { items: Loose[]; renderActions?(row: Loose): ReactNode; linkTo?(id: string): string }) {
  const { t, tk, lang } = useI18n();
  if (!items.length) return <p className="muted card empty">{t('bulletins.none')}</p>;
  return (
    <ul className="bulletins" data-testid="bulletin-list">
      {items.map((row) => {
        const id = str(row, 'bulletinId', 'id') ?? '';
        const published = str(row, 'publishedAt');
        const count = ((pick(row, 'issueIds') as string[] | undefined) ?? []).length;
        return (
          <li key={id} className="card bulletin" data-published={published ? 'true' : 'false'}>
            <header>
              <h2>
                <DocNumber number={str(row, 'number')} />{' '}
                {linkTo ? <Link to={linkTo(id)} data-testid="bulletin-link">{str(row, 'title')}</Link> : str(row, 'title')}
              </h2>
              <div className="muted bulletin-meta">
                {[tk('bulletinKind', str(row, 'kind') ?? 'problems'), str(row, 'period'), published ? `${t('bulletins.publishedAt')} ${formatDateTime(lang, published)}` : t('bulletins.draft'), t('bulletins.issueCount', { n: count })]
                  .filter(Boolean)
                  .join(' · ')}
                {str(row, 'scope') && <span className="badge">{tk('scope', str(row, 'scope'))}</span>}
              </div>
            </header>
            {renderActions?.(row)}
          </li>
        );
      })}
    </ul>
  );
}
