import { useState } from 'react';
import { usePagedList } from '../api/use-paged-list';
import { str } from '../api/loose';
import { ExportButtons } from '../components/export-buttons';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { Pager } from '../components/pager';
import { useI18n } from '../i18n/i18n-context';
import { useInboxCounts } from '../inbox/inbox-counts-context';
import { BulletinList } from './bulletin-list';
import { ComposeBulletin } from './compose-bulletin';
import { PublishBulletin } from './publish-bulletin';

/** 督导通报 for the office and leaders: compose from the issue list, publish, and the bulletins so far. */
export function BulletinsPage() {
  const { t } = useI18n();
  const counts = useInboxCounts();
  const [composing, setComposing] = useState(false);
  const [round, setRound] = useState(0);
  const bulletins = usePagedList('/bulletins', {}, 10, String(round));
  const published = () => {
    setRound((n) => n + 1);
    counts.refresh();
  };
  return (
    <>
      <PageHeader
        title={t('bulletins.title')}
        actions={
          <>
            <ExportButtons path={bulletins.path} name="bulletins" />
            {!composing && (
              <button type="button" className="btn btn-primary" onClick={() => setComposing(true)}>
                {t('bulletins.compose')}
              </button>
            )}
          </>
        }
      />
      {composing && (
        <ComposeBulletin
          key={round}
          onPublished={() => {
            published();
            setComposing(false);
          }}
          onCancel={() => setComposing(false)}
        />
      )}
      <h2>{t('bulletins.list')}</h2>
      <LoadState resource={bulletins}>
        {(data) => (
          <>
            <BulletinList
              items={data.items}
              linkTo={(id) => `/bulletins/${id}`}
              renderActions={(row) =>
                !str(row, 'publishedAt') && str(row, 'status') !== 'published' ? (
                  <PublishBulletin bulletinId={str(row, 'bulletinId', 'id') ?? ''} title={str(row, 'title') ?? ''} onDone={published} />
                ) : null
              }
            />
            <Pager page={bulletins.page} pageSize={bulletins.pageSize} total={data.total} onPage={bulletins.setPage} />
          </>
        )}
      </LoadState>
    </>
  );
}
