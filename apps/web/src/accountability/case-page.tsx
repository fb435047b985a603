import { Link, useParams } from 'react-router-dom';
import { get } from '../api/client';
import { PersonName } from '../api/people-context';
import { useRegistry } from '../api/registry-context';
import { useResource } from '../api/use-resource';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { formatCalendarDate, formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import { CaseIssueLink } from './case-issue-link';
import { CaseSteps } from './case-steps';
import { DecisionDocumentLinks } from './decision-document-links';
import type { CaseView } from './case-types';

/** One accountability case: subjects, the statutory windows, each step of due process, the decision document, remedies. */
export function CasePage() {
  const { id = '' } = useParams();
  const { t, tk, lang } = useI18n();
  const registry = useRegistry();
  const resource = useResource<CaseView>((s) => get(`/accountability-cases/${encodeURIComponent(id)}`, s), id);
  const sep = lang === 'en' ? '; ' : '、';
  return (
    <LoadState resource={resource}>
      {(c) => {
        const measure = (m: { subject: number; measure: string }) => `${c.subjects[m.subject]?.name ?? '—'}：${tk('measure', m.measure)}`;
        return (
          <div data-testid="case-page">
            <PageHeader title={c.number ?? t('case.number')} subtitle={tk('caseStage', c.stage)} actions={<Link to="/accountability-cases">{t('case.register')}</Link>} />
            <section className="card">
              <dl className="details">
                <dt>{t('case.subjects')}</dt>
                <dd>
                  <ul className="plain-list">
                    {c.subjects.map((s, i) => (
                      <li key={i}>{s.kind === 'unit' ? s.name : `${s.name}${s.position ? `（${s.position}）` : ''} · ${registry.unitName(s.unitId)}`}</li>
                    ))}
                  </ul>
                </dd>
                <dt>{t('case.issues')}</dt>
                <dd>{c.issueIds.map((issueId) => <CaseIssueLink key={issueId} issueId={issueId} />)}</dd>
                <dt>{t('case.grounds')}</dt>
                <dd>{c.grounds.join(sep)}</dd>
                <dt>{t('case.openedAt')}</dt>
                <dd>{formatDateTime(lang, c.openedAt)} · <PersonName id={c.openedBy} /></dd>
                {c.facts && (<><dt>{t('case.facts')}</dt><dd className="pre">{c.facts}</dd></>)}
                {c.statement && (<><dt>{t('case.statement')}</dt><dd>{tk('case.statement', c.statement.reason ?? c.statement.kind)} · {formatDateTime(lang, c.statement.at)}</dd></>)}
                {c.opinion && (
                  <>
                    <dt>{t('case.opinion')}</dt>
                    <dd>
                      {c.opinion.measures.map(measure).join(sep)}
                      {c.opinion.aggravating.length > 0 && <div className="notice"><strong>{t('case.aggravated')}</strong>：{c.opinion.aggravating.map((a) => tk('aggravating', a)).join(sep)}</div>}
                    </dd>
                  </>
                )}
                {c.approval && (<><dt>{t('case.approval')}</dt><dd><PersonName id={c.approval.by} /> · {formatDateTime(lang, c.approval.at)}</dd></>)}
              </dl>
            </section>
            {c.decision && (
              <section className="card" data-testid="case-decision">
                <h2>{t('case.decision')} <small className="muted">{c.decision.docNumber}</small></h2>
                <dl className="details">
                  <dt>{t('case.basicFacts')}</dt><dd className="pre">{c.decision.basicFacts}</dd>
                  <dt>{t('case.facts')}</dt><dd className="pre">{c.decision.facts}</dd>
                  <dt>{t('case.basis')}</dt><dd className="pre">{c.decision.basis}</dd>
                  <dt>{t('case.measures')}</dt>
                  <dd>
                    <ul className="plain-list">
                      {c.decision.measures.map((m, i) => (
                        <li key={i}>{measure(m)}{c.measureStatus[i] && <span className="muted"> · {tk('case.measureDone', c.measureStatus[i].done)}{c.measureStatus[i].to ? `（${tk('case.referTo', c.measureStatus[i].to)}）` : ''}</span>}</li>
                      ))}
                    </ul>
                  </dd>
                  <dt>{t('case.effectiveDate')}</dt><dd>{formatCalendarDate(lang, c.decision.effectiveDate)}</dd>
                </dl>
                <DecisionDocumentLinks caseId={c.caseId} docNumber={c.decision.docNumber} />
              </section>
            )}
            <section className="card" data-testid="case-clocks">
              <h2>{t('case.clocks')}</h2>
              <ul className="plain-list">
                {c.clocks.map((k) => (
                  <li key={k.clock}>{tk('caseClock', k.clock)}：{formatDateTime(lang, k.dueAt)} <span className={k.state === 'missed' ? 'badge danger' : 'muted'}>{tk('case.clockState', k.state)}</span></li>
                ))}
              </ul>
            </section>
            <CaseSteps view={c} onDone={resource.reload} />
          </div>
        );
      }}
    </LoadState>
  );
}
