import { useState, type ReactNode } from 'react';
import { PERSON_ACCOUNTABILITY_MEASURES, UNIT_ACCOUNTABILITY_MEASURES } from '@domain/issue/accountability-measures';
import { useCommand } from '../api/use-command';
import { useUser } from '../auth/session-context';
import { CommandForm } from '../components/command-form';
import { Field, FieldSet } from '../components/field';
import { shanghaiToday } from '../format/dates';
import { useI18n } from '../i18n/i18n-context';
import type { CaseView } from './case-types';

type Measure = { subject: number; measure: string };

/** One step of the case as a form: posts `body()` to `/accountability-cases/:id/<path>` and reloads the case. */
function Step({ view, path, title, body, onDone, children, testId }: { view: CaseView; path: string; title: string; body(): unknown; onDone(): void; children?: ReactNode; testId: string }) {
  const command = useCommand();
  const submit = async () => {
    if (await command.run(`/accountability-cases/${view.caseId}/${path}`, body(), { ifMatch: view.version })) onDone();
  };
  return <CommandForm title={title} command={command} onSubmit={() => void submit()} testId={testId}>{children}</CommandForm>;
}

/** Measures per subject, typed by the subject's kind (a unit cannot be given a 处分). */
function MeasurePicker({ view, value, onChange }: { view: CaseView; value: Measure[]; onChange(next: Measure[]): void }) {
  const { t, tk } = useI18n();
  const has = (m: Measure) => value.some((v) => v.subject === m.subject && v.measure === m.measure);
  return (
    <FieldSet legend={t('case.measures')}>
      {view.subjects.map((s, subject) => (
        <div key={subject} className="inline-row">
          <strong>{s.name}</strong>
          {(s.kind === 'unit' ? UNIT_ACCOUNTABILITY_MEASURES : PERSON_ACCOUNTABILITY_MEASURES).map((measure) => (
            <label key={measure} className="choice">
              <input type="checkbox" checked={has({ subject, measure })} onChange={(e) => onChange(e.target.checked ? [...value, { subject, measure }] : value.filter((v) => !(v.subject === subject && v.measure === measure)))} />{' '}
              {tk('measure', measure)}
            </label>
          ))}
        </div>
      ))}
    </FieldSet>
  );
}

const area = (name: string, value: string, set: (v: string) => void) => <textarea name={name} rows={2} value={value} onChange={(e) => set(e.target.value)} />;

/** The next step of due process for this case, as the stage allows it (the server has the last word). */
export function CaseSteps({ view, onDone }: { view: CaseView; onDone(): void }) {
  const { t, tk } = useI18n();
  const { role } = useUser();
  const [text, setText] = useState('');
  const [text2, setText2] = useState('');
  const [text3, setText3] = useState('');
  const [flag, setFlag] = useState(true);
  const [measures, setMeasures] = useState<Measure[]>(view.opinion?.measures ?? view.proposedMeasures ?? []);
  const [date, setDate] = useState(shanghaiToday());
  const [outcome, setOutcome] = useState('');
  const p = { view, onDone };
  const forms: ReactNode[] = [];
  if (role !== 'leader' && role !== 'coordinator') return null;
  switch (view.stage) {
    case 'opened':
      forms.push(<Step key="g" {...p} testId="case-group" path="investigation-group" title={t('case.members')} body={() => ({ members: text.split('\n').map((m) => m.trim()).filter(Boolean) })}>
        <Field label={t('case.members')} required wide>{area('members', text, setText)}</Field></Step>);
      break;
    case 'investigating':
      forms.push(<Step key="f" {...p} testId="case-facts" path="facts" title={t('case.facts')} body={() => ({ facts: text, proceed: flag, ...(flag ? {} : { reason: text2 }) })}>
        <Field label={t('case.facts')} required wide>{area('facts', text, setText)}</Field>
        <label className="choice"><input type="checkbox" checked={flag} onChange={(e) => setFlag(e.target.checked)} /> {t('case.proceed')}</label>
        {!flag && <Field label={t('case.dismissReason')} required wide>{area('reason', text2, setText2)}</Field>}</Step>);
      break;
    case 'facts_determined':
      forms.push(<Step key="n" {...p} testId="case-notice" path="notice" title={t('case.serve')} body={() => ({ proposedMeasures: measures })}><MeasurePicker view={view} value={measures} onChange={setMeasures} /></Step>);
      break;
    case 'notice_served':
      forms.push(<Step key="s" {...p} testId="case-statement" path="statement" title={t('case.statement')} body={() => ({ statement: text })}><Field label={t('case.statement')} required wide>{area('statement', text, setText)}</Field></Step>);
      forms.push(<Step key="w" {...p} testId="case-waiver" path="statement-waiver" title={t('case.waive')} body={() => ({})} />);
      break;
    case 'heard':
      forms.push(<Step key="o" {...p} testId="case-opinion" path="opinion" title={t('case.opinion')} body={() => ({ measures })}><MeasurePicker view={view} value={measures} onChange={setMeasures} /></Step>);
      break;
    case 'opinion_formed':
      if (role === 'leader') forms.push(<Step key="a" {...p} testId="case-approval" path="approval" title={t('case.approve')} body={() => ({})} />);
      break;
    case 'approved':
      forms.push(<Step key="d" {...p} testId="case-decide" path="decision" title={t('case.issueDecision')} body={() => ({ basicFacts: text, facts: text2 || view.facts, basis: text3, effectiveDate: date })}>
        <Field label={t('case.basicFacts')} required wide>{area('basicFacts', text, setText)}</Field>
        <Field label={t('case.facts')} required wide>{area('facts', text2 || view.facts || '', setText2)}</Field>
        <Field label={t('case.basis')} required wide>{area('basis', text3, setText3)}</Field>
        <Field label={t('case.effectiveDate')} required><input type="date" name="effectiveDate" value={date} onChange={(e) => setDate(e.target.value)} /></Field></Step>);
      break;
    case 'decided':
      view.decision?.measures.forEach((m, i) => {
        if (view.measureStatus[i]) return;
        const referral = ['organisational_handling', 'disciplinary_sanction', 'referral'].includes(m.measure);
        forms.push(referral
          ? <Step key={`r${i}`} {...p} testId={`case-refer-${i}`} path={`measures/${i}/referral`} title={`${t('case.refer')}：${view.subjects[m.subject]?.name} ${tk('measure', m.measure)}`} body={() => ({ to: outcome || 'discipline_inspection', note: text || '—' })}>
              <Field label={t('case.referTo')}><select value={outcome || 'discipline_inspection'} onChange={(e) => setOutcome(e.target.value)}>{['organisation_department', 'discipline_inspection', 'judicial_organ', 'other'].map((b) => <option key={b} value={b}>{tk('case.referTo', b)}</option>)}</select></Field></Step>
          : <Step key={`e${i}`} {...p} testId={`case-execute-${i}`} path={`measures/${i}/execution`} title={`${t('case.execute')}：${view.subjects[m.subject]?.name} ${tk('measure', m.measure)}`} body={() => ({ note: text || '—' })} />);
      });
      if (!view.publication || view.publication.scope === 'internal') forms.push(<Step key="p" {...p} testId="case-publish" path="publication" title={t('case.publish')} body={() => ({ scope: 'public' })} />);
      if (!view.review && !view.appeal) forms.push(<Step key="rr" {...p} testId="case-review" path="review-requests" title={t('case.requestReview')} body={() => ({ grounds: text2 })}><Field label={t('case.grounds.text')} required wide>{area('grounds', text2, setText2)}</Field></Step>);
      if (!view.appeal && (!view.review || view.review.decidedAt)) forms.push(<Step key="ap" {...p} testId="case-appeal" path="appeals" title={t('case.fileAppeal')} body={() => ({ grounds: text3 })}><Field label={t('case.grounds.text')} required wide>{area('appealGrounds', text3, setText3)}</Field></Step>);
      if (role === 'leader' && view.review && !view.review.decidedAt) forms.push(<Step key="rd" {...p} testId="case-review-decision" path="review-decisions" title={`${t('case.review')} · ${t('case.decideRemedy')}`} body={() => ({ outcome: outcome || 'maintained', reasoning: text || '—' })} />);
      if (role === 'leader' && view.appeal && !view.appeal.decidedAt) forms.push(<Step key="ad" {...p} testId="case-appeal-decision" path="appeal-decisions" title={`${t('case.appeal')} · ${t('case.decideRemedy')}`} body={() => ({ outcome: outcome || 'rejected', reasoning: text || '—' })} />);
      forms.push(<Step key="ar" {...p} testId="case-archive" path="archive" title={t('case.archive')} body={() => ({})} />);
      break;
  }
  if (forms.length === 0) return null;
  return (
    <section aria-labelledby="case-step-title" className="actions">
      <h2 id="case-step-title">{t('case.step')}</h2>
      {forms}
    </section>
  );
}
