import { useState } from 'react';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { Field } from '../components/field';
import { ProblemAlert } from '../components/problem-alert';
import { useI18n } from '../i18n/i18n-context';
import { lines, type Evaluation, type Indicator } from './evaluation-types';

/** The team's review of one indicator: a score and findings, inline in the scores table. */
export function ReviewCell({ evaluation, indicator, onDone }: { evaluation: Evaluation; indicator: Indicator; onDone(): void }) {
  const { t } = useI18n();
  const command = useCommand();
  const reviewed = evaluation.reviews[indicator.code];
  const [score, setScore] = useState(reviewed ? String(reviewed.score) : '');
  const [findings, setFindings] = useState(reviewed?.findings ?? '');
  const submit = async () => {
    if (await command.run(`/evaluations/${evaluation.evaluationId}/indicator-reviews`, { indicator: indicator.code, score: Number(score), findings })) onDone();
  };
  return (
    <form className="review-cell" onSubmit={(e) => { e.preventDefault(); void submit(); }} data-testid={`review-${indicator.code}`}>
      <input name="score" type="number" min={0} max={indicator.maxScore} step={0.5} required value={score} onChange={(e) => setScore(e.target.value)} aria-label={t('evaluations.reviewScore')} />
      <input name="findings" value={findings} onChange={(e) => setFindings(e.target.value)} placeholder={t('evaluations.findings')} aria-label={t('evaluations.findings')} />
      <button type="submit" className="btn btn-ghost" disabled={command.busy}>{reviewed ? t('evaluations.reviewAgain') : t('evaluations.review')}</button>
      {command.error && <ProblemAlert error={command.error} />}
    </form>
  );
}

/** 结论: once every indicator is reviewed; total and grade are computed by the service. */
export function ConclusionForm({ evaluation, onDone }: { evaluation: Evaluation; onDone(): void }) {
  const { t } = useI18n();
  const command = useCommand();
  const [summary, setSummary] = useState('');
  const [findings, setFindings] = useState('');
  const submit = async () => {
    if (await command.run(`/evaluations/${evaluation.evaluationId}/conclusion`, { summary, findings: lines(findings) }, { ifMatch: evaluation.version })) onDone();
  };
  return (
    <CommandForm title={t('evaluations.conclude')} command={command} onSubmit={() => void submit()} testId="conclusion-form">
      <Field label={t('evaluations.summary')} wide>
        <textarea name="summary" rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} />
      </Field>
      <Field label={t('evaluations.findings')} hint={t('evaluations.oneALine')} wide>
        <textarea name="findings" rows={3} value={findings} onChange={(e) => setFindings(e.target.value)} />
      </Field>
    </CommandForm>
  );
}
