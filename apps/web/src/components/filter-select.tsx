import type { ChangeEvent, ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';

interface FilterSelectProps {
  label: ReactNode;
  name?: string;
  value: string;
  onChange(event: ChangeEvent<HTMLSelectElement>): void;
  /** The options besides the leading “all”, which means no filter. */
  children: ReactNode;
}

/** A labelled filter drop-down whose first choice, “all”, leaves the filter off. */
export function FilterSelect({ label, name, value, onChange, children }: FilterSelectProps) {
  const { t } = useI18n();
  return (
    <label>
      {label}
      <select name={name} value={value} onChange={onChange}>
        <option value="">{t('common.all')}</option>
        {children}
      </select>
    </label>
  );
}
