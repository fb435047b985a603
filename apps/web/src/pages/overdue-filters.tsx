import { SEVERITIES } from '@domain/issue/issue.types';
import { useRegistry } from '../api/registry-context';
import { FilterSelect } from '../components/filter-select';
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
      <FilterSelect label={t('field.zone')} name="zoneId" value={value.zoneId} onChange={set('zoneId')}>
        {registry.zones.map((z) => <option key={z.id} value={z.id}>{z.name}</option>)}
      </FilterSelect>
      <FilterSelect label={t('field.unit')} name="unitId" value={value.unitId} onChange={set('unitId')}>
        {registry.units.filter((u) => !value.zoneId || u.zoneId === value.zoneId).map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
      </FilterSelect>
      <FilterSelect label={t('field.severity')} name="severity" value={value.severity} onChange={set('severity')}>
        {SEVERITIES.map((s) => <option key={s} value={s}>{t(`severity.${s}`)}</option>)}
      </FilterSelect>
      <label>
        {t('field.minDaysOverdue')}
        <input name="minDays" type="number" min={0} value={value.minDays} onChange={set('minDays')} />
      </label>
      <FilterSelect label={t('field.reminderLevel')} name="reminder" value={value.reminder} onChange={set('reminder')}>
        <option value="none">{t('reminder.none')}</option>
        <option value="urge">{t('reminder.urge')}</option>
        <option value="supervise">{t('reminder.supervise')}</option>
      </FilterSelect>
      <FilterSelect label={t('field.accountability')} name="accountability" value={value.accountability} onChange={set('accountability')}>
        <option value="decided">{t('overdue.decided')}</option>
        <option value="undecided">{t('overdue.undecided')}</option>
      </FilterSelect>
    </div>
  );
}
