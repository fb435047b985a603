import { useParams } from 'react-router-dom';
import { PublicShell } from '../components/public-shell';
import { request } from '../api/client';
import { useResource } from '../api/use-resource';
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
    <PublicShell current={null} printable>
        <LoadState resource={bulletin}>
          {(doc) => (
            <>
              <DocumentActions doc={doc} publicView />
              <BulletinDocument doc={doc} />
            </>
          )}
        </LoadState>
      </PublicShell>
  );
}
