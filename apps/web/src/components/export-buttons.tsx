import { useState } from 'react';
import { storedToken } from '../api/client';
import { listPath } from '../api/list-query';
import { useI18n } from '../i18n/i18n-context';

/**
 * The one export path (DESIGN §4): the list's own route with `?format=csv|xlsx`, in the reader's language. The file
 * comes from the API (formula-safe, every matching row), downloaded with the bearer token.
 */
export function ExportButtons({ path, name }: { path: string; name: string }) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const download = async (format: 'csv' | 'xlsx') => {
    setBusy(format);
    setFailed(false);
    try {
      const token = storedToken();
      const response = await fetch(`/api${listPath(path, { format, lang, page: null, pageSize: null })}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      if (!response.ok) throw new Error(String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = `${name}.${format}`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };
  return (
    <span className="export-buttons">
      <button type="button" className="btn" onClick={() => void download('csv')} disabled={busy !== null} data-testid="export-csv">
        {busy === 'csv' ? t('common.loading') : t('list.exportCsv')}
      </button>
      <button type="button" className="btn" onClick={() => void download('xlsx')} disabled={busy !== null} data-testid="export-xlsx">
        {busy === 'xlsx' ? t('common.loading') : t('list.exportXlsx')}
      </button>
      {failed && <span className="danger-text" role="alert">{t('list.exportFailed')}</span>}
    </span>
  );
}
