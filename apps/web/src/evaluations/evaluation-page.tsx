import { useParams } from 'react-router-dom';
import { get } from '../api/client';
import { useRegistry } from '../api/registry-context';
import { useResource } from '../api/use-resource';
import { useUser } from '../auth/session-context';
import { EvidenceView } from '../components/evidence-input';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { formatDate } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import { EvaluationReportActions } from './evaluation-report-actions';
import { ConclusionForm, ReviewCell } from './evaluation-review';
import type { Evaluation } from './evaluation-types';
import { SelfEvaluationForm } from './self-evaluation-form';

/** One 督政 evaluation: the self-evaluation form, then the scores by area with the team's review, then the conclusion. */
export function EvaluationPage() {
  const { id = '' } = useParams();
  const { t, tk, lang } = useI18n();
  const user = useUser();
  const registry = useRegistry();
  const resource = useResource<Evaluation>((s) => get(`/evaluations/${id}`, s), id);
  return (
    <LoadState resource={resource}>
      {(e) => {
        const office = user.role === 'coordinator' || user.role === 'leader';
        // the route refuses a reviewer who is neither on the team nor the office's coordinator (NOT_EVALUATION_TEAM_MEMBER)
        const canReview = office && (user.role === 'coordinator' || (e.team ?? []).includes(user.id));
        const canSelfEvaluate = user.role === 'coordinator' || (user.role === 'unit' && user.unitId === e.subjectUnitId);
        const selfScores = new Map((e.selfEvaluation?.scores ?? []).map((s) => [s.indicator, s]));
        const indicators = e.framework.areas.flatMap((a) => a.indicators);
        const allReviewed = indicators.every((i) => e.reviews[i.code]);
        return (
          <>
            <PageHeader title={t('evaluations.heading', { government: registry.unitName(e.subjectUnitId), year: e.year })} subtitle={`${e.framework.name} · ${tk('evaluationStatus', e.status)}`} />
            <section className="card">
              <dl className="details">
                <dt>{t('evaluations.selfDue')}</dt><dd>{formatDate(lang, e.selfEvaluationDueAt)}</dd>
                {e.selfEvaluation && <><dt>{t('evaluations.selfScore')}</dt><dd data-testid="self-score">{e.selfEvaluation.total} · {e.selfEvaluation.grade}</dd></>}
                {e.conclusion && <><dt>{t('evaluations.score')}</dt><dd data-testid="concluded-score">{e.conclusion.total} · {e.conclusion.grade}</dd></>}
                {e.conclusion?.summary && <><dt>{t('evaluations.summary')}</dt><dd className="pre">{e.conclusion.summary}</dd></>}
                {!!e.selfEvaluation?.problems.length && <><dt>{t('evaluations.problems')}</dt><dd><ul>{e.selfEvaluation.problems.map((p) => <li key={p}>{p}</li>)}</ul></dd></>}
                {!!e.selfEvaluation?.measures.length && <><dt>{t('evaluations.measures')}</dt><dd><ul>{e.selfEvaluation.measures.map((p) => <li key={p}>{p}</li>)}</ul></dd></>}
                {!!e.conclusion?.findings.length && <><dt>{t('evaluations.findings')}</dt><dd><ul>{e.conclusion.findings.map((p) => <li key={p}>{p}</li>)}</ul></dd></>}
              </dl>
            </section>
            <EvaluationReportActions evaluation={e} government={registry.unitName(e.subjectUnitId)} onDone={resource.reload} />
            {e.status === 'launched' && canSelfEvaluate && <SelfEvaluationForm evaluation={e} onDone={resource.reload} />}
            {e.selfEvaluation && (
              <div className="table-wrap card">
                <table className="table" data-testid="evaluation-scores">
                  <thead>
                    <tr>
                      <th scope="col">{t('evaluations.indicator')}</th>
                      <th scope="col" className="num">{t('evaluations.max')}</th>
                      <th scope="col" className="num">{t('evaluations.selfScore')}</th>
                      <th scope="col">{t('evaluations.reviewScore')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {e.framework.areas.flatMap((area) => [
                      <tr key={`area-${area.code}`} className="group-row"><th colSpan={4} scope="rowgroup">{t('evaluations.area', { code: area.code, name: area.name, n: area.maxScore })}</th></tr>,
                      ...area.indicators.map((i) => (
                        <tr key={i.code}>
                          <td>
                            {i.code} {i.name}{selfScores.get(i.code)?.narrative ? <small className="hint"><br />{selfScores.get(i.code)!.narrative}</small> : null}
                            {!!selfScores.get(i.code)?.evidence?.length && <div data-testid={`evidence-${i.code}`} aria-label={t('field.evidence')}><EvidenceView items={selfScores.get(i.code)!.evidence} /></div>}
                          </td>
                          <td className="num">{i.maxScore}</td>
                          <td className="num">{selfScores.get(i.code)?.score ?? '—'}</td>
                          <td>
                            {canReview && e.status === 'self_evaluated'
                              ? <ReviewCell evaluation={e} indicator={i} onDone={resource.reload} />
                              : e.reviews[i.code] ? `${e.reviews[i.code].score}${e.reviews[i.code].findings ? ` · ${e.reviews[i.code].findings}` : ''}` : '—'}
                          </td>
                        </tr>
                      )),
                    ])}
                  </tbody>
                </table>
              </div>
            )}
            {office && e.status === 'self_evaluated' && allReviewed && <ConclusionForm evaluation={e} onDone={resource.reload} />}
          </>
        );
      }}
    </LoadState>
  );
}
