import { SEVERITIES } from '@domain/issue/issue.types';
import { useRegistry } from '../api/registry-context';
import { useI18n } from '../i18n/i18n-context';

export interface OverdueFilterValues {
  zoneId: string;
  unitId: string;
  severity: string;
  minDays: string;
  reminder: string;
  accountability: string;
}

export const emptyOverdueFilters: OverdueFilterValues = { zoneId: '', unitId: '', severity: '', minDays: '', reminder: '', accountability: '' };

export function OverdueFilters({ value, onChange }: { value: OverdueFilterValues; onChange(next: OverdueFilterValues): void }) {
  const { t } = useI18n();
  const registry = useRegistry();
  const set = (key: keyof OverdueFilterValues) => (e: { target: { value: string } }) => onChange({ ...value, [key]: e.target.value });
  return (
    <div className="filters card" role="group" aria-label={t('overdue.title')}>
      <label>
        {t('field.zone')}
        <select name="zoneId" value={value.zoneId} onChange={set('zoneId')}>
          <option value="">{t('common.all')}</option>
          {registry.zones.map((z) => <option key={z.id} value={z.id}>{z.name}</option>)}
        </select>
      </label>
      <label>
        {t('field.unit')}
        <select name="unitId" value={value.unitId} onChange={set('unitId')}>
          <option value="">{t('common.all')}</option>
          {registry.units.filter((u) => !value.zoneId || u.zoneId === value.zoneId).map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
      </label>
      <label>
        {t('field.severity')}
        <select name="severity" value={value.severity} onChange={set('severity')}>
          <option value="">{t('common.all')}</option>
          {SEVERITIES.map((s) => <option key={s} value={s}>{t(`severity.${s}`)}</option>)}
        </select>
      </label>
      <label>
        {t('field.minDaysOverdue')}
        <input name="minDays" type="number" min={0} value={value.minDays} onChange={set('minDays')} />
      </label>
      <label>
        {t('field.reminderLevel')}
        <select name="reminder" value={value.reminder} onChange={set('reminder')}>
          <option value="">{t('common.all')}</option>
          <option value="none">{t('reminder.none')}</option>
          <option value="urge">{t('reminder.urge')}</option>
          <option value="supervise">{t('reminder.supervise')}</option>
        </select>
      </label>
      <label>
        {t('field.accountability')}
        <select name="accountability" value={value.accountability} onChange={set('accountability')}>
          <option value="">{t('common.all')}</option>
          <option value="decided">{t('overdue.decided')}</option>
          <option value="undecided">{t('overdue.undecided')}</option>
        </select>
      </label>
    </div>
  );
}
