import { useState } from 'react';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { Field, FieldSet } from '../components/field';
import { useI18n } from '../i18n/i18n-context';
import type { ActionProps } from './issue-types';

/** 回头看 on a closed issue; a relapse reopens it. */
export function LookBackForm({ issue, onDone }: ActionProps) {
  const { t } = useI18n();
  const command = useCommand();
  const [outcome, setOutcome] = useState<'sustained' | 'relapsed'>('sustained');
  const [findings, setFindings] = useState('');
  const submit = async () => {
    if (await command.run(`/issues/${issue.issueId}/look-backs`, { outcome, findings }, { ifMatch: issue.version })) onDone();
  };
  return (
    <CommandForm title={t('action.lookBack')} command={command} onSubmit={() => void submit()} testId="look-back-form">
      <FieldSet legend={t('field.outcome')}>
        {(['sustained', 'relapsed'] as const).map((o) => (
          <label key={o} className="choice">
            <input type="radio" name="look-back-outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} /> {t(`outcome.${o}`)}
          </label>
        ))}
      </FieldSet>
      <Field label={t('field.findings')} required wide>
        <textarea name="look-back-findings" rows={2} value={findings} onChange={(e) => setFindings(e.target.value)} />
      </Field>
    </CommandForm>
  );
}
