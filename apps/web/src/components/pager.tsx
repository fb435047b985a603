import { useI18n } from '../i18n/i18n-context';

/** Page n of m, with the total, previous and next; nothing when everything fits on one page. */
export function Pager({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage(page: number): void }) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="pager" aria-label={t('list.pages')} data-testid="pager">
      <span className="muted">{t('common.total', { n: total })}</span>
      {pages > 1 && (
        <>
          <button type="button" className="btn btn-small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
            {t('list.previous')}
          </button>
          <span aria-current="page">{t('list.pageOf', { page, pages })}</span>
          <button type="button" className="btn btn-small" disabled={page >= pages} onClick={() => onPage(page + 1)} data-testid="next-page">
            {t('list.next')}
          </button>
        </>
      )}
    </nav>
  );
}
