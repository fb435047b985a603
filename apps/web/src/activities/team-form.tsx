import { useState } from 'react';
import { get } from '../api/client';
import { useCommand } from '../api/use-command';
import { useResource } from '../api/use-resource';
import { CommandForm } from '../components/command-form';
import { Field, FieldSet } from '../components/field';
import { useI18n } from '../i18n/i18n-context';
import { useRegistry } from '../api/registry-context';
import type { ActivityDetail, SupervisorRow } from './activity-types';

/** 组建督导小组: members by name with the matters each looks at, and the leader among them. */
export function TeamForm({ activity, onDone }: { activity: ActivityDetail; onDone(): void }) {
  const { t } = useI18n();
  const registry = useRegistry();
  const command = useCommand();
  const supervisors = useResource<{ items: SupervisorRow[] }>((s) => get('/supervisors?pageSize=200', s), 'team-supervisors');
  const [members, setMembers] = useState<Record<string, string[]>>({});
  const [leaderId, setLeaderId] = useState('');
  const chosen = Object.keys(members);
  const submit = async () => {
    const result = await command.run(`/activities/${activity.activityId}/team`, { leaderId, members: chosen.map((supervisorId) => ({ supervisorId, matters: members[supervisorId] })) });
    if (result) onDone();
  };
  return (
    <CommandForm title={t('activity.formTeam')} command={command} onSubmit={() => void submit()} testId="team-form">
      <p className="muted small field-wide">{t('activity.teamRule')}</p>
      <FieldSet legend={t('activity.teamMembers')}>
        <div className="choice-scroll">
          {(supervisors.data?.items ?? []).map((s) => (
            <div key={s.supervisorId} className="choice-row">
              <label className="choice">
                <input type="checkbox" name="members" value={s.supervisorId} checked={s.supervisorId in members}
                  onChange={(e) => setMembers(e.target.checked ? { ...members, [s.supervisorId]: [] } : Object.fromEntries(Object.entries(members).filter(([id]) => id !== s.supervisorId)))} /> {s.name}
              </label>
              {s.supervisorId in members && activity.state.matters.map((m) => (
                <label key={m} className="choice small">
                  <input type="checkbox" checked={members[s.supervisorId].includes(m)}
                    onChange={(e) => setMembers({ ...members, [s.supervisorId]: e.target.checked ? [...members[s.supervisorId], m] : members[s.supervisorId].filter((x) => x !== m) })} /> {registry.categoryName(m)}
                </label>
              ))}
            </div>
          ))}
        </div>
      </FieldSet>
      <Field label={t('activity.teamLeader')} required>
        <select name="leaderId" value={leaderId} onChange={(e) => setLeaderId(e.target.value)}>
          <option value="">—</option>
          {(supervisors.data?.items ?? []).filter((s) => chosen.includes(s.supervisorId)).map((s) => <option key={s.supervisorId} value={s.supervisorId}>{s.name}</option>)}
        </select>
      </Field>
    </CommandForm>
  );
}
