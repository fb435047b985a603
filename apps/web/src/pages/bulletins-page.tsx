import { useState } from 'react';
import { fetchAll } from '../api/fetch-all';
import { str } from '../api/loose';
import { useResource } from '../api/use-resource';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { useI18n } from '../i18n/i18n-context';
import { BulletinList } from './bulletin-list';
import { ComposeBulletin } from './compose-bulletin';
import { PublishBulletin } from './publish-bulletin';

/** 督导通报 for the office and leaders: compose from issues, publish, and the list of bulletins. */
export function BulletinsPage() {
  const { t } = useI18n();
  const [composing, setComposing] = useState(false);
  const [round, setRound] = useState(0);
  const bulletins = useResource((s) => fetchAll('/bulletins', s, 200), `bulletins-${round}`);
  return (
    <>
      <PageHeader
        title={t('bulletins.title')}
        actions={
          !composing && (
            <button type="button" className="btn btn-primary" onClick={() => setComposing(true)}>
              {t('bulletins.compose')}
            </button>
          )
        }
      />
      {composing && <ComposeBulletin onPublished={() => setRound((n) => n + 1)} />}
      <h2>{t('bulletins.list')}</h2>
      <LoadState resource={bulletins}>
        {(data) => (
          <BulletinList
            items={data.items}
            linkIssues
            renderActions={(row) =>
              !str(row, 'publishedAt') && str(row, 'status') !== 'published' ? (
                <PublishBulletin bulletinId={str(row, 'bulletinId', 'id') ?? ''} title={str(row, 'title') ?? ''} onDone={() => setRound((n) => n + 1)} />
              ) : null
            }
          />
        )}
      </LoadState>
    </>
  );
}
