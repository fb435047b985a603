import { useState } from 'react';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { EvidenceInput, evidenceForRequest, type EvidenceItem } from '../components/evidence-input';
import { Field } from '../components/field';
import { useI18n } from '../i18n/i18n-context';
import type { ActionProps } from './issue-types';

/** 整改报告: the school reports its measures and evidence. */
export function ReportForm({ issue, onDone }: ActionProps) {
  const { t } = useI18n();
  const command = useCommand();
  const [measures, setMeasures] = useState('');
  const [evidence, setEvidence] = useState<EvidenceItem[]>([]);
  const submit = async () => {
    if (await command.run(`/issues/${issue.issueId}/rectification-reports`, { measures, evidence: evidenceForRequest(evidence) }, { ifMatch: issue.version })) onDone();
  };
  return (
    <CommandForm title={t('action.report')} command={command} onSubmit={() => void submit()} testId="report-form">
      <Field label={t('field.measures')} required wide>
        <textarea name="measures" rows={4} value={measures} onChange={(e) => setMeasures(e.target.value)} />
      </Field>
      <EvidenceInput value={evidence} onChange={setEvidence} />
    </CommandForm>
  );
}
