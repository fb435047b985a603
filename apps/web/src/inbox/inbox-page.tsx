import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useRegistry } from '../api/registry-context';
import { usePagedList } from '../api/use-paged-list';
import { useUser } from '../auth/session-context';
import { SeverityBadge } from '../components/badges';
import { DocNumber } from '../components/doc-number';
import { DueDate } from '../components/due-date';
import { ExportButtons } from '../components/export-buttons';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { Pager } from '../components/pager';
import { useI18n } from '../i18n/i18n-context';
import { useInboxCounts } from './inbox-counts-context';
import { ROLE_KINDS } from './inbox-kinds';

interface InboxItem {
  kind: string; subjectId: string; unitId: string; number: string | null; title: string; severity: string | null; dueAt: string | null; since: string;
}

/** Where an item's subject is read: its kind's prefix names the stream kind. */
function subjectPath(kind: string): string {
  if (kind.startsWith('matter_')) return 'matters';
  if (kind.startsWith('complaint_')) return 'complaints';
  if (kind.startsWith('case_')) return 'accountability-cases';
  if (kind.startsWith('evaluation_')) return 'evaluations';
  return 'issues';
}

/** 我的待办: the landing page of every role — what waits for me, by kind, soonest due first. */
export function InboxPage() {
  const { t, tk } = useI18n();
  const user = useUser();
  const registry = useRegistry();
  const counts = useInboxCounts();
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') ?? '';
  const list = usePagedList<InboxItem>('/inbox', { kind }, 20);
  // The page's own answer carries the counts too: tabs and menu show the numbers of the very same read.
  const answer = list.data as (typeof list.data & { counts?: Record<string, number>; alerts?: number }) | null;
  useEffect(() => {
    if (answer?.counts && kind === '') counts.update({ counts: answer.counts, total: answer.total, alerts: answer.alerts ?? 0 });
  }, [answer, kind]); // eslint-disable-line react-hooks/exhaustive-deps
  const kinds = [...new Set([...ROLE_KINDS[user.role], ...Object.keys(counts.counts)])];
  const name = (lang: string) => (lang === 'en' ? registry.me?.displayNameEn : registry.me?.displayName) ?? '';
  const { lang } = useI18n();

  return (
    <>
      <PageHeader
        title={t('inbox.title')}
        subtitle={registry.me ? t('home.welcome', { name: name(lang) }) : undefined}
        actions={<ExportButtons path={list.path} name="inbox" />}
      />
      <div className="tabs" role="tablist" aria-label={t('inbox.kinds')} data-testid="inbox-tabs">
        <button type="button" role="tab" aria-selected={kind === ''} className={kind === '' ? 'tab active' : 'tab'} onClick={() => setParams({})}>
          {t('common.all')} <span className="tab-count">{counts.total}</span>
        </button>
        {kinds.map((k) => (
          <button key={k} type="button" role="tab" aria-selected={kind === k} className={kind === k ? 'tab active' : 'tab'} onClick={() => setParams({ kind: k })} data-kind={k}>
            {tk('inbox.kind', k)} <span className="tab-count">{counts.counts[k] ?? 0}</span>
          </button>
        ))}
      </div>
      {counts.alerts > 0 && (
        <p className="notice">
          <Link to="/alerts">{t('inbox.alerts', { n: counts.alerts })}</Link>
        </p>
      )}
      <LoadState resource={list}>
        {(data) =>
          data.items.length === 0 ? (
            <div className="card empty" data-testid="inbox-empty">
              <p>{t('inbox.empty')}</p>
              <p className="muted">{t(`inbox.emptyHint.${user.role}` as 'inbox.emptyHint.unit')}</p>
            </div>
          ) : (
            <>
              <ul className="inbox-list card" data-testid="inbox-list">
                {data.items.map((item) => (
                  <li key={`${item.kind}-${item.subjectId}`} className={`inbox-item inbox-${item.kind}`} data-kind={item.kind}>
                    <span className={`badge kind-${item.kind}`}>{tk('inbox.kind', item.kind)}</span>
                    <Link to={`/${subjectPath(item.kind)}/${item.subjectId}`} className="inbox-title">
                      <DocNumber number={item.number} /> {item.title}
                    </Link>
                    <span className="muted">{registry.unitName(item.unitId)}</span>
                    {item.severity && <SeverityBadge severity={item.severity} />}
                    <DueDate instant={item.dueAt} since={item.since} />
                  </li>
                ))}
              </ul>
              <Pager page={list.page} pageSize={list.pageSize} total={data.total} onPage={list.setPage} />
            </>
          )
        }
      </LoadState>
    </>
  );
}
