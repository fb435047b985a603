import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useRegistry } from '../api/registry-context';
import { DocNumber } from '../components/doc-number';
import { formatCalendarDate, formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import { IssuePickForm } from './issue-pick-form';
import { ReportDocumentLinks } from './report-document-links';
import { SiteVisitForm } from './site-visit-form';
import { TextCommand } from './text-command';
import type { ActivityDetail, UnitState } from './activity-types';

/** One target school: its site visits with each member's findings, then opinion, statement, letter and report. */
export function ActivityUnitCard({ activity, unitId, unit, names, rights, office, onDone }: {
  activity: ActivityDetail; unitId: string; unit: UnitState; names: Record<string, string>; rights: { runs: boolean; member: boolean; records: boolean };
  /** may download the office's report files (the school itself may not) */
  office: boolean;
  onDone(): void;
}) {
  const { t, lang } = useI18n();
  const registry = useRegistry();
  const a = `/activities/${activity.activityId}`;
  const formal = activity.kind !== 'joint';
  const mayVisit = rights.records && !!activity.state.team && (!formal || !!activity.state.notice) && !unit.report;
  const [visiting, setVisiting] = useState(false);
  return (
    <section className="card" data-testid={`activity-unit-${unitId}`} aria-labelledby={`unit-${unitId}`}>
      <h2 id={`unit-${unitId}`}>{registry.unitName(unitId)}</h2>
      <h3>{t('activity.visits')}</h3>
      {unit.visits.length === 0 && <p className="muted">{t('activity.notYet')}</p>}
      {unit.visits.map((v, i) => (
        <div key={i} className="visit-block">
          <p><strong>{formatCalendarDate(lang, v.date)}</strong> · {v.methods.map((m) => t(`visitMethod.${m}` as 'visitMethod.briefing')).join(lang === 'en' ? '; ' : '、')}</p>
          <div className="table-wrap">
            <table className="table">
              <thead><tr><th scope="col">{t('activity.member')}</th><th scope="col">{t('activity.matter')}</th><th scope="col">{t('visits.highlights')}</th><th scope="col">{t('visits.problems')}</th><th scope="col">{t('visits.suggestions')}</th></tr></thead>
              <tbody>
                {v.findings.map((f, j) => (
                  <tr key={j}><td>{names[f.supervisorId] ?? '—'}</td><td>{registry.categoryName(f.matter)}</td><td className="pre">{f.highlights || '—'}</td><td className="pre">{f.problems || '—'}</td><td className="pre">{f.suggestions || '—'}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
      {mayVisit && !visiting && <p><button type="button" className="btn btn-small btn-primary" onClick={() => setVisiting(true)}>{t('activity.siteVisit')}</button></p>}
      {mayVisit && visiting && <SiteVisitForm activity={activity} unitId={unitId} names={names} onDone={() => { setVisiting(false); onDone(); }} />}
      {rights.records && unit.visits.length > 0 && (
        <p><Link className="btn btn-small" to={`/issues/new?unitId=${encodeURIComponent(unitId)}&activityId=${encodeURIComponent(activity.activityId)}`}>{t('activity.registerIssue')}</Link></p>
      )}

      {formal && (
        <>
          <h3>{t('activity.preliminary')}</h3>
          {unit.preliminary ? (
            <p className="pre">{unit.preliminary.opinion}<br /><span className="muted">{t('activity.listedIssues', { n: unit.preliminary.issueIds.length })} · {t('activity.statementDue')} {formatDateTime(lang, unit.preliminary.statementDueAt)}</span></p>
          ) : rights.runs && unit.visits.length > 0 ? (
            <IssuePickForm title={t('activity.issuePreliminary')} path={`${a}/preliminary-opinions`} unitId={unitId} field="opinion" label={t('activity.preliminary')} onDone={onDone} testId={`preliminary-${unitId}`} />
          ) : <p className="muted">{t('activity.notYet')}</p>}
          <h3>{t('activity.statement')}</h3>
          {unit.statement ? <p className="pre">{unit.statement.statement}</p> : rights.runs && unit.preliminary ? (
            <TextCommand title={t('activity.receiveStatement')} path={`${a}/statements`} field="statement" label={t('activity.statement')} extra={{ unitId }} onDone={onDone} />
          ) : <p className="muted">{t('activity.notYet')}</p>}
        </>
      )}

      <h3>{t('activity.letter')}</h3>
      {unit.letter ? (
        <p className="pre"><DocNumber number={unit.letter.letterNumber} /> {unit.letter.evaluation}<br /><span className="muted">{t('activity.listedIssues', { n: unit.letter.issueIds.length })}</span></p>
      ) : rights.runs && unit.visits.length > 0 && (!formal || unit.preliminary) ? (
        <IssuePickForm title={t('activity.issueLetter')} hint={t('activity.letterRule')} path={`${a}/opinion-letters`} unitId={unitId} field="evaluation" label={t('activity.evaluation')} onDone={onDone} testId={`letter-${unitId}`} />
      ) : <p className="muted">{t('activity.notYet')}</p>}

      <h3>{t('activity.report')}</h3>
      {unit.report ? <p className="pre" data-testid={`report-${unitId}`}>{unit.report.report}</p> : rights.records && unit.visits.length > 0 && (!formal || unit.letter) ? (
        <TextCommand title={t('activity.finalizeReport')} path={`${a}/unit-reports`} field="report" label={t('activity.report')} extra={{ unitId }} rows={8} onDone={onDone} testId={`report-form-${unitId}`} />
      ) : <p className="muted">{t('activity.notYet')}</p>}
      {unit.report && office && <ReportDocumentLinks activityId={activity.activityId} unitId={unitId} fileName={`${activity.number ?? ''}${registry.unitName(unitId)}`} />}
    </section>
  );
}
