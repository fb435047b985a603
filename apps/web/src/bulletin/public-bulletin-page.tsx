import { Link, useParams } from 'react-router-dom';
import { request } from '../api/client';
import { useResource } from '../api/use-resource';
import { LangSwitch } from '../components/lang-switch';
import { LoadState } from '../components/load-state';
import { useI18n } from '../i18n/i18n-context';
import { BulletinDocument } from './bulletin-document';
import { DocumentActions } from './document-actions';
import type { BulletinDoc } from './bulletin-types';

/** /public/bulletins/:id — a bulletin published to the public, as published (no login, no names of persons). */
export function PublicBulletinPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const bulletin = useResource((signal) => request<BulletinDoc>('GET', `/public/bulletins/${id}`, { signal, auth: false }), id);
  return (
    <div className="public-shell">
      <header className="topbar no-print">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">督</span>
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <div className="topbar-user">
          <LangSwitch />
          <Link className="btn btn-ghost" to="/public/bulletins">
            {t('public.title')}
          </Link>
        </div>
      </header>
      <main id="main" className="public-content">
        <LoadState resource={bulletin}>
          {(doc) => (
            <>
              <DocumentActions doc={doc} publicView />
              <BulletinDocument doc={doc} />
            </>
          )}
        </LoadState>
      </main>
    </div>
  );
}
