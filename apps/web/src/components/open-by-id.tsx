import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../i18n/i18n-context';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Opens an issue by its id (e.g. pasted from a bulletin or a notice); works without the list read model. */
export function OpenById() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const id = UUID.exec(value)?.[0];
    if (id) navigate(`/issues/${id.toLowerCase()}`);
  };
  return (
    <form className="open-by-id" onSubmit={submit} role="search">
      <label htmlFor="open-by-id">{t('issues.openById')}</label>
      <input id="open-by-id" name="issueId" placeholder={t('issues.openByIdHint')} value={value} onChange={(e) => setValue(e.target.value)} />
      <button type="submit" className="btn">
        {t('common.open')}
      </button>
    </form>
  );
}
