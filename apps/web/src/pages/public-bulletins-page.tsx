import { PublicShell } from '../components/public-shell';
import { usePagedList } from '../api/use-paged-list';
import { Pager } from '../components/pager';
import { LoadState } from '../components/load-state';
import { useI18n } from '../i18n/i18n-context';
import { BulletinList } from './bulletin-list';
import { PublicReports } from '../activities/public-reports';

/** 督导通报公开栏: what anyone may read, without signing in. */
export function PublicBulletinsPage() {
  const { t } = useI18n();
  const bulletins = usePagedList('/public/bulletins', {}, 10);
  return (
    <PublicShell current="bulletins">
        <h1>{t('public.title')}</h1>
        <p className="muted">{t('public.intro')}</p>
        <LoadState resource={bulletins}>
          {(data) => (
            <>
              <BulletinList items={data.items} linkTo={(id) => `/public/bulletins/${id}`} />
              <Pager page={bulletins.page} pageSize={bulletins.pageSize} total={data.total} onPage={bulletins.setPage} />
            </>
          )}
        </LoadState>
        <PublicReports />
      </PublicShell>
  );
}
