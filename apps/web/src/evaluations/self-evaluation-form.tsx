import { useState } from 'react';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { EvidenceInput, evidenceForRequest, type EvidenceItem } from '../components/evidence-input';
import { Field } from '../components/field';
import { useI18n } from '../i18n/i18n-context';
import { lines, type Evaluation } from './evaluation-types';

/** 自评: a score, a narrative and evidence files per indicator, area by area; the total is computed as the scores are typed. */
export function SelfEvaluationForm({ evaluation, onDone }: { evaluation: Evaluation; onDone(): void }) {
  const { t } = useI18n();
  const command = useCommand();
  const indicators = evaluation.framework.areas.flatMap((a) => a.indicators);
  const [scores, setScores] = useState<Record<string, string>>({});
  const [narratives, setNarratives] = useState<Record<string, string>>({});
  const [evidence, setEvidence] = useState<Record<string, EvidenceItem[]>>({});
  const [problems, setProblems] = useState('');
  const [measures, setMeasures] = useState('');
  const total = Math.round(indicators.reduce((s, i) => s + (Number(scores[i.code]) || 0), 0) * 10) / 10;
  const submit = async () => {
    const scored = indicators.map((i) => ({
      indicator: i.code, score: Number(scores[i.code] ?? 'NaN'), narrative: narratives[i.code] ?? '',
      ...(evidence[i.code]?.length ? { evidence: evidenceForRequest(evidence[i.code]) } : {}),
    }));
    const body = { scores: scored, problems: lines(problems), measures: lines(measures) };
    if (await command.run(`/evaluations/${evaluation.evaluationId}/self-evaluation`, body, { ifMatch: evaluation.version })) onDone();
  };
  return (
    <CommandForm title={t('evaluations.selfEvaluation')} command={command} onSubmit={() => void submit()} testId="self-evaluation-form">
      {evaluation.framework.areas.map((area) => (
        <fieldset key={area.code} className="field field-wide indicator-area">
          <legend>{t('evaluations.area', { code: area.code, name: area.name, n: area.maxScore })}</legend>
          {area.indicators.map((i) => (
            <div key={i.code} className="indicator-row">
              <label htmlFor={`score-${i.code}`}>{i.code} {i.name}</label>
              <input id={`score-${i.code}`} name={`score-${i.code}`} type="number" min={0} max={i.maxScore} step={0.5} required value={scores[i.code] ?? ''} onChange={(e) => setScores({ ...scores, [i.code]: e.target.value })} aria-label={`${i.name} / ${i.maxScore}`} />
              <span className="muted">/ {i.maxScore}</span>
              <small className="hint">{i.testPoints.map((p) => `${p.name} ${p.points}`).join(' · ')}</small>
              <textarea name={`narrative-${i.code}`} rows={1} placeholder={t('evaluations.narrative')} value={narratives[i.code] ?? ''} onChange={(e) => setNarratives({ ...narratives, [i.code]: e.target.value })} />
              <EvidenceInput name={`evidence-${i.code}`} label={t('evaluations.indicatorEvidence', { code: i.code })} value={evidence[i.code] ?? []} onChange={(next) => setEvidence((all) => ({ ...all, [i.code]: next }))} />
            </div>
          ))}
        </fieldset>
      ))}
      <p className="field-wide" data-testid="self-total"><strong>{t('evaluations.selfTotal', { n: total })}</strong></p>
      <Field label={t('evaluations.problems')} hint={t('evaluations.oneALine')} wide>
        <textarea name="problems" rows={3} value={problems} onChange={(e) => setProblems(e.target.value)} />
      </Field>
      <Field label={t('evaluations.measures')} hint={t('evaluations.oneALine')} wide>
        <textarea name="measures" rows={3} value={measures} onChange={(e) => setMeasures(e.target.value)} />
      </Field>
    </CommandForm>
  );
}
