import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/message-key';
import { needsOnSite, type Issue } from './issue-types';

type Check = { key: MessageKey; code: string; state: 'ok' | 'missing' | 'na'; note?: string };

/** The three iron rules as the close command checks them, so a refused close explains itself. */
export function closureChecks(issue: Issue): Check[] {
  const passed = issue.status === 'rectified' || issue.status === 'closed';
  const onSiteApplies = needsOnSite(issue);
  const accountabilityApplies = issue.accountabilityRequired || issue.accountabilityDecided || issue.accountabilityReasons.length > 0;
  return [
    { key: 'rules.recheck', code: 'RECHECK_REQUIRED', state: passed ? 'ok' : 'missing' },
    {
      key: 'rules.onSite',
      code: 'ON_SITE_RECHECK_REQUIRED',
      state: !onSiteApplies ? 'na' : passed && issue.lastRecheck?.method === 'on_site' && issue.lastRecheck.outcome === 'passed' ? 'ok' : 'missing',
    },
    { key: 'rules.report', code: 'RESULT_NOT_REPORTED', state: issue.resultReported ? 'ok' : 'missing' },
    { key: 'rules.accountability', code: 'ACCOUNTABILITY_REQUIRED', state: !accountabilityApplies ? 'na' : issue.accountabilityRequired ? 'missing' : 'ok' },
  ];
}

export function ClosureChecklist({ issue, highlight }: { issue: Issue; highlight?: string | null }) {
  const { t, tk } = useI18n();
  const checks = closureChecks(issue);
  return (
    <section className="card checklist" aria-labelledby="checklist-title" data-testid="closure-checklist">
      <h2 id="checklist-title">{t('rules.title')}</h2>
      <ul>
        {checks.map((check) => (
          <li key={check.code} className={`check check-${check.state}${highlight === check.code ? ' check-highlight' : ''}`} data-rule={check.code} data-state={check.state}>
            <span className="check-icon" aria-hidden="true">
              {check.state === 'ok' ? '✓' : check.state === 'na' ? '–' : '✗'}
            </span>
            <span className="check-text">{t(check.key)}</span>
            <span className="check-state">{check.state === 'ok' ? t('rules.ok') : check.state === 'na' ? t('rules.notApplicable') : t('rules.missing')}</span>
          </li>
        ))}
      </ul>
      {issue.lastAccountability?.caseId && (
        <p className="hint" data-testid="issue-case-link">
          <Link to={`/accountability-cases/${issue.lastAccountability.caseId}`}>{t('case.decidedBy', { number: issue.lastAccountability.docNumber ?? '—' })}</Link>
        </p>
      )}
      {issue.accountabilityReasons.length > 0 && (
        <p className="hint">
          {t('field.reason')}: {issue.accountabilityReasons.map((r) => tk('reason', r)).join('、')}
        </p>
      )}
    </section>
  );
}
