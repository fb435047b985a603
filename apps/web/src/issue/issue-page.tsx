import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { get } from '../api/client';
import type { RecordedEventView } from '../api/types';
import { useResource } from '../api/use-resource';
import { useUser } from '../auth/session-context';
import { SeverityBadge, StatusBadge } from '../components/badges';
import { DocNumber } from '../components/doc-number';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { useI18n } from '../i18n/i18n-context';
import { useInboxCounts } from '../inbox/inbox-counts-context';
import { ClosureChecklist } from './closure-checklist';
import { IssueActions } from './issue-actions';
import { IssueDetails } from './issue-details';
import { IssueHistory } from './issue-history';
import type { Issue } from './issue-types';
import { LatestReportCard } from './latest-report-card';
import { OrderCard } from './order-card';

const AUDIT_ROLES = ['auditor', 'leader', 'coordinator', 'supervisor'];
const HISTORY_ROLES = [...AUDIT_ROLES, 'unit'];

export function IssuePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const user = useUser();
  const inbox = useInboxCounts();
  const [round, setRound] = useState(0);
  const issue = useResource<Issue>((s) => get(`/issues/${encodeURIComponent(id)}`, s), `${id}#${round}`);
  const history = useResource<{ events: RecordedEventView[] }>(
    HISTORY_ROLES.includes(user.role) ? (s) => get(`/issues/${encodeURIComponent(id)}/history`, s) : null,
    `${id}#history#${round}`,
  );
  const [refusedRule, setRefusedRule] = useState<string | null>(null);
  const [flash, setFlash] = useState(false);
  const top = useRef<HTMLDivElement>(null);
  const onCloseRefused = useCallback((code: string | null) => setRefusedRule(code), []);
  const onDone = useCallback(() => {
    setRound((n) => n + 1);
    setFlash(true);
    inbox.refresh();
  }, [inbox]);
  useEffect(() => {
    if (!flash || !issue.data) return;
    top.current?.scrollIntoView({ block: 'start' });
    top.current?.focus();
  }, [flash, issue.data]);

  return (
    <LoadState resource={issue}>
      {(data) => (
        <div className="issue-page" data-testid="issue-page" data-status={data.status} data-version={data.version}>
          <div ref={top} tabIndex={-1} className="focus-anchor" />
          {flash && <p className="success" role="status" data-testid="command-done">{t('issue.updated')}</p>}
          <PageHeader
            title={
              <>
                <DocNumber number={data.number} className="title-number" /> {data.title} <StatusBadge status={data.status} />
              </>
            }
            subtitle={
              <>
                <SeverityBadge severity={data.severity} />
                {data.safetyHazard && <span className="badge danger">{t('issue.safety')}</span>}
                {data.overdue && <span className="badge danger">{t('dashboard.kpiOverdue')}</span>}
                {data.resultReported && <span className="badge ok">{t('issue.reported')}</span>}
              </>
            }
            actions={
              <>
                {AUDIT_ROLES.includes(user.role) && (
                  <Link className="btn" to={`/issues/${data.issueId}/timeline`}>
                    {t('issue.timeline')}
                  </Link>
                )}
                {AUDIT_ROLES.includes(user.role) && (
                  <Link className="btn" to={`/issues/${data.issueId}/dossier`}>
                    {t('issue.dossier')}
                  </Link>
                )}
                <button type="button" className="btn btn-ghost" onClick={() => setRound((n) => n + 1)}>
                  {t('common.refresh')}
                </button>
              </>
            }
          />
          <div className="issue-grid">
            <div className="issue-main">
              <IssueDetails issue={data} />
              <OrderCard issue={data} />
              {history.data && <LatestReportCard events={history.data.events} />}
            </div>
            <div className="issue-side">
              <ClosureChecklist issue={data} highlight={refusedRule} />
            </div>
          </div>
          <IssueActions key={data.version} issue={data} onDone={onDone} onCloseRefused={onCloseRefused} />
          {history.data && <IssueHistory events={history.data.events} />}
        </div>
      )}
    </LoadState>
  );
}
