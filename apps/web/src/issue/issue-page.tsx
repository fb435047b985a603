import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { get } from '../api/client';
import { useResource } from '../api/use-resource';
import { useUser } from '../auth/session-context';
import { SeverityBadge, StatusBadge } from '../components/badges';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { useI18n } from '../i18n/i18n-context';
import { ClosureChecklist } from './closure-checklist';
import { IssueActions } from './issue-actions';
import { IssueDetails } from './issue-details';
import type { Issue } from './issue-types';
import { OrderCard } from './order-card';

const AUDIT_ROLES = ['auditor', 'leader', 'coordinator', 'supervisor'];

export function IssuePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const user = useUser();
  const issue = useResource<Issue>((s) => get(`/issues/${encodeURIComponent(id)}`, s), id);
  const [refusedRule, setRefusedRule] = useState<string | null>(null);
  const onCloseRefused = useCallback((code: string | null) => setRefusedRule(code), []);

  return (
    <LoadState resource={issue}>
      {(data) => (
        <div className="issue-page" data-testid="issue-page" data-status={data.status} data-version={data.version}>
          <PageHeader
            title={
              <>
                {data.title} <StatusBadge status={data.status} />
              </>
            }
            subtitle={
              <>
                <SeverityBadge severity={data.severity} />
                {data.safetyHazard && <span className="badge danger">{t('issue.safety')}</span>}
                {data.resultReported && <span className="badge ok">{t('issue.reported')}</span>}
                <span className="muted">
                  {' '}
                  {t('issue.version')} {data.version}
                </span>
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
                <button type="button" className="btn btn-ghost" onClick={issue.reload}>
                  {t('common.refresh')}
                </button>
              </>
            }
          />
          <div className="issue-grid">
            <div className="issue-main">
              <IssueDetails issue={data} />
              <OrderCard issue={data} />
            </div>
            <div className="issue-side">
              <ClosureChecklist issue={data} highlight={refusedRule} />
            </div>
          </div>
          <IssueActions issue={data} onDone={issue.reload} onCloseRefused={onCloseRefused} />
        </div>
      )}
    </LoadState>
  );
}
