import { Link } from 'react-router-dom';
import { PersonName } from '../api/people-context';
import { useRegistry } from '../api/registry-context';
import { DocNumber } from '../components/doc-number';
import { EvidenceView } from '../components/evidence-input';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import type { Issue } from './issue-types';

export function IssueDetails({ issue }: { issue: Issue }) {
  const { t, tk, lang } = useI18n();
  const registry = useRegistry();
  const unit = registry.unitById.get(issue.unitId);
  const visitId = (issue.source as { visitId?: string } | undefined)?.visitId;
  return (
    <section className="card" aria-labelledby="details-title">
      <h2 id="details-title">{t('issue.details')}</h2>
      <dl className="details">
        <dt>{t('field.issueId')}</dt>
        <dd><DocNumber number={issue.number} /></dd>
        <dt>{t('field.unit')}</dt>
        <dd>{registry.unitName(issue.unitId)}</dd>
        {unit?.zoneId && (
          <>
            <dt>{t('field.zone')}</dt>
            <dd>{unit.zoneName ?? registry.zoneName(unit.zoneId)}</dd>
          </>
        )}
        <dt>{t('field.category')}</dt>
        <dd>{registry.categoryName(issue.category)}</dd>
        <dt>{t('field.sourceKind')}</dt>
        <dd>
          {tk('source', issue.source?.kind)}
          {visitId && <> · <Link to={`/visits/${visitId}`}>{t('visits.open')}</Link></>}
        </dd>
        <dt>{t('field.foundAt')}</dt>
        <dd>{formatDateTime(lang, issue.foundAt)} · <PersonName id={issue.foundBy} /></dd>
        <dt>{t('field.description')}</dt>
        <dd className="pre">{issue.description}</dd>
        <dt>{t('field.evidence')}</dt>
        <dd>
          <EvidenceView items={issue.evidence} />
        </dd>
      </dl>
    </section>
  );
}
