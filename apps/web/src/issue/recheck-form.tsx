import { useState } from 'react';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { EvidenceInput, evidenceForRequest, type EvidenceItem } from '../components/evidence-input';
import { Field, FieldSet } from '../components/field';
import { useI18n } from '../i18n/i18n-context';
import { needsOnSite, type ActionProps } from './issue-types';

/** 实地查看/复查 of the school's latest report. */
export function RecheckForm({ issue, onDone }: ActionProps) {
  const { t } = useI18n();
  const command = useCommand();
  const [method, setMethod] = useState<'on_site' | 'document'>('on_site');
  const [outcome, setOutcome] = useState<'passed' | 'failed'>('passed');
  const [findings, setFindings] = useState('');
  const [evidence, setEvidence] = useState<EvidenceItem[]>([]);
  const submit = async () => {
    if (await command.run(`/issues/${issue.issueId}/rechecks`, { method, outcome, findings, evidence: evidenceForRequest(evidence) }, { ifMatch: issue.version })) onDone();
  };
  return (
    <CommandForm title={t('action.recheck')} command={command} onSubmit={() => void submit()} testId="recheck-form">
      {needsOnSite(issue) && <p className="notice field-wide">{t('recheck.onSiteNeeded')}</p>}
      <FieldSet legend={t('field.method')}>
        {(['on_site', 'document'] as const).map((m) => (
          <label key={m} className="choice">
            <input type="radio" name="method" value={m} checked={method === m} onChange={() => setMethod(m)} /> {t(`method.${m}`)}
          </label>
        ))}
      </FieldSet>
      <FieldSet legend={t('field.outcome')}>
        {(['passed', 'failed'] as const).map((o) => (
          <label key={o} className="choice">
            <input type="radio" name="outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} /> {t(`outcome.${o}`)}
          </label>
        ))}
      </FieldSet>
      <Field label={t('field.findings')} required wide>
        <textarea name="findings" rows={3} value={findings} onChange={(e) => setFindings(e.target.value)} />
      </Field>
      <EvidenceInput value={evidence} onChange={setEvidence} />
    </CommandForm>
  );
}
