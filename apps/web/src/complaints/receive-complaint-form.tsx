import { useState } from 'react';
import { STAFF_COMPLAINT_CHANNELS } from '@domain/complaint/complaint.types';
import { useRegistry } from '../api/registry-context';
import { useCommand } from '../api/use-command';
import { CommandForm } from '../components/command-form';
import { Field } from '../components/field';
import { useI18n } from '../i18n/i18n-context';

/** 登记举报投诉: a complaint received by phone (12345), mailbox, letter or visit. */
export function ReceiveComplaintForm({ onDone, onCancel }: { onDone(id: string): void; onCancel(): void }) {
  const { t, tk } = useI18n();
  const registry = useRegistry();
  const command = useCommand();
  const [form, setForm] = useState({ unitId: '', channel: 'hotline', summary: '', anonymous: false, name: '', phone: '' });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const submit = async () => {
    const complainant = form.anonymous ? undefined : { name: form.name, phone: form.phone };
    const result = await command.run('/complaints', { unitId: form.unitId, channel: form.channel, summary: form.summary, anonymous: form.anonymous, complainant });
    if (result) onDone(result.id);
  };
  return (
    <CommandForm title={t('complaints.receive')} command={command} onSubmit={() => void submit()} onCancel={onCancel} testId="receive-complaint-form">
      <Field label={t('complaints.unit')} required>
        <select name="unitId" value={form.unitId} onChange={set('unitId')}>
          <option value="">—</option>
          {registry.units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
      </Field>
      <Field label={t('complaints.channel')} required>
        <select name="channel" value={form.channel} onChange={set('channel')}>
          {STAFF_COMPLAINT_CHANNELS.map((c) => <option key={c} value={c}>{tk('complaintChannel', c)}</option>)}
        </select>
      </Field>
      <Field label={t('complaints.summary')} required wide>
        <textarea name="summary" rows={4} value={form.summary} onChange={set('summary')} />
      </Field>
      <label className="choice field-wide">
        <input type="checkbox" name="anonymous" checked={form.anonymous} onChange={(e) => setForm({ ...form, anonymous: e.target.checked })} /> {t('complaints.anonymous')}
      </label>
      {!form.anonymous && (
        <>
          <Field label={t('complaints.complainantName')} required hint={t('complaints.personalHint')}>
            <input name="complainantName" maxLength={100} value={form.name} onChange={set('name')} />
          </Field>
          <Field label={t('complaints.complainantPhone')} required>
            <input name="complainantPhone" type="tel" maxLength={200} value={form.phone} onChange={set('phone')} />
          </Field>
        </>
      )}
    </CommandForm>
  );
}
