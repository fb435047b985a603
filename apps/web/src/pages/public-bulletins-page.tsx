import { Link } from 'react-router-dom';
import { usePagedList } from '../api/use-paged-list';
import { Pager } from '../components/pager';
import { LangSwitch } from '../components/lang-switch';
import { LoadState } from '../components/load-state';
import { useI18n } from '../i18n/i18n-context';
import { BulletinList } from './bulletin-list';
import { PublicReports } from '../activities/public-reports';

/** 督导通报公开栏: what anyone may read, without signing in. */
export function PublicBulletinsPage() {
  const { t } = useI18n();
  const bulletins = usePagedList('/public/bulletins', {}, 10);
  return (
    <div className="public-shell">
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">督</span>
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <div className="topbar-user">
          <LangSwitch />
          <Link className="btn btn-ghost" to="/public/complaints">
            {t('publicComplaint.nav')}
          </Link>
          <Link className="btn btn-ghost" to="/public/rectification">
            {t('publicRect.link')}
          </Link>
          <Link className="btn btn-ghost" to="/public/evaluations">
            {t('publicEval.link')}
          </Link>
          <Link className="btn btn-ghost" to="/login">
            {t('public.login')}
          </Link>
        </div>
      </header>
      <main id="main" className="public-content">
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
      </main>
    </div>
  );
}
