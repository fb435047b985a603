import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { StatusBadge } from '../components/badges';
import { DocNumber } from '../components/doc-number';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { useI18n } from '../i18n/i18n-context';
import { AsOfPanel } from './as-of-panel';
import { TimelineTable } from './timeline-table';
import { useAudit } from './use-audit';
import { VerifyBadge } from './verify-badge';

/** 全过程记录: the auditor's view of one issue — every event, the state at any moment, the chain verified. */
export function TimelinePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { history, verify, issue } = useAudit(id);
  const [requested, setRequested] = useState<{ iso: string } | null>(null);
  return (
    <>
      <PageHeader
        title={
          <>
            {t('timeline.title')} {issue.data && <StatusBadge status={issue.data.status} />}
          </>
        }
        subtitle={issue.data ? <Link to={`/issues/${id}`}><DocNumber number={issue.data.number} /> {issue.data.title}</Link> : null}
        actions={
          <Link className="btn" to={`/issues/${id}/dossier`}>
            {t('issue.dossier')}
          </Link>
        }
      />
      <div className="verify-row">
        <VerifyBadge verify={verify} />
      </div>
      <AsOfPanel issueId={id} requested={requested} />
      <section className="card">
        <LoadState resource={history}>{(data) => <TimelineTable events={data.events} onAsOf={(iso) => setRequested({ iso })} />}</LoadState>
      </section>
    </>
  );
}
