import { useRegistry } from '../api/registry-context';
import { EvidenceView } from '../components/evidence-input';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import type { Issue } from './issue-types';

export function IssueDetails({ issue }: { issue: Issue }) {
  const { t, tk, lang } = useI18n();
  const registry = useRegistry();
  const unit = registry.unitById.get(issue.unitId);
  return (
    <section className="card" aria-labelledby="details-title">
      <h2 id="details-title">{t('issue.details')}</h2>
      <dl className="details">
        <dt>{t('field.unit')}</dt>
        <dd>{registry.unitName(issue.unitId)}</dd>
        {unit?.zoneId && (
          <>
            <dt>{t('field.zone')}</dt>
            <dd>{registry.zoneName(unit.zoneId)}</dd>
          </>
        )}
        <dt>{t('field.category')}</dt>
        <dd>{registry.categoryName(issue.category)}</dd>
        <dt>{t('field.sourceKind')}</dt>
        <dd>{tk('source', issue.source?.kind)}{issue.source?.complaintRef ? ` · ${issue.source.complaintRef}` : ''}</dd>
        <dt>{t('field.foundAt')}</dt>
        <dd>{formatDateTime(lang, issue.foundAt)}</dd>
        <dt>{t('field.description')}</dt>
        <dd className="pre">{issue.description}</dd>
        <dt>{t('field.evidence')}</dt>
        <dd>
          <EvidenceView items={issue.evidence} />
        </dd>
        <dt>{t('field.issueId')}</dt>
        <dd>
          <code className="id">{issue.issueId}</code>
        </dd>
      </dl>
    </section>
  );
}
