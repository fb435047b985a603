import { get } from '../api/client';
import type { Page } from '../api/types';
import { useResource } from '../api/use-resource';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';

interface Unused { kind: string; year: number; seq: number; number: string; claimedAt: string }

/** 编号核查: document numbers handed out but never carried by their document (a crash between the two), so none is lost unseen. */
export function NumbersAuditPage() {
  const { t, tk, lang } = useI18n();
  const unused = useResource<Page<Unused>>((s) => get('/admin/numbers/unused', s), 'unused-numbers');
  return (
    <>
      <PageHeader title={t('numbers.title')} subtitle={t('numbers.subtitle')} />
      <LoadState resource={unused}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="card success" data-testid="numbers-ok">{t('numbers.none')}</p>
          ) : (
            <div className="table-wrap card">
              <table className="table" data-testid="numbers-table">
                <thead>
                  <tr>
                    <th scope="col">{t('numbers.number')}</th>
                    <th scope="col">{t('numbers.kind')}</th>
                    <th scope="col">{t('numbers.claimedAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((row) => (
                    <tr key={`${row.kind}-${row.year}-${row.seq}`}>
                      <td>{row.number}</td>
                      <td>{tk('numbers.kinds', row.kind)}</td>
                      <td>{formatDateTime(lang, row.claimedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </LoadState>
    </>
  );
}
