import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useRegistry } from '../api/registry-context';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { Field } from '../components/field';
import { useI18n } from '../i18n/i18n-context';
import type { ActionProps } from './issue-types';

/** 立案问责 (leader, coordinator): a case under the 教育督导问责办法 with the issue's unit, and a responsible person if named. */
export function OpenCaseForm({ issue }: ActionProps) {
  const { t, tk } = useI18n();
  const registry = useRegistry();
  const navigate = useNavigate();
  const command = useCommand();
  const [person, setPerson] = useState('');
  const [position, setPosition] = useState('');
  const [grounds, setGrounds] = useState(issue.accountabilityReasons.map((r) => tk('reason', r)).join('；'));
  const submit = async () => {
    const subjects = [
      { kind: 'unit', unitId: issue.unitId, name: registry.unitName(issue.unitId) },
      ...(person.trim() ? [{ kind: 'person', unitId: issue.unitId, name: person.trim(), ...(position.trim() ? { position: position.trim() } : {}) }] : []),
    ];
    const result = await command.run('/accountability-cases', { issueIds: [issue.issueId], subjects, grounds: [grounds] });
    if (result) navigate(`/accountability-cases/${result.id}`);
  };
  return (
    <CommandForm title={t('case.openCase')} command={command} onSubmit={() => void submit()} testId="open-case-form">
      <Field label={t('case.responsiblePerson')} wide>
        <input name="person" value={person} onChange={(e) => setPerson(e.target.value)} />
      </Field>
      <Field label={t('case.position')}>
        <input name="position" value={position} onChange={(e) => setPosition(e.target.value)} />
      </Field>
      <Field label={t('case.grounds')} required wide>
        <textarea name="grounds" rows={2} value={grounds} onChange={(e) => setGrounds(e.target.value)} />
      </Field>
    </CommandForm>
  );
}
