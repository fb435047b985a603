import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/i18n-context';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <div className="card">
      <h1>{t('common.notFound')}</h1>
      <Link to="/">{t('common.goHome')}</Link>
    </div>
  );
}
