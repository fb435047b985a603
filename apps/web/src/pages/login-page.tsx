import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../api/problem';
import { useSession } from '../auth/session-context';
import { Field } from '../components/field';
import { LangSwitch } from '../components/lang-switch';
import { homeOf } from '../components/nav-items';
import { ProblemAlert } from '../components/problem-alert';
import { useI18n } from '../i18n/i18n-context';

export function LoginPage() {
  const { t } = useI18n();
  const { user, login, expired } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const next = params.get('next');

  if (user && !busy) return <Navigate to={next && next.startsWith('/') ? next : homeOf(user.role)} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const signedIn = await login(username.trim(), password);
      navigate(next && next.startsWith('/') ? next : homeOf(signedIn.role), { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="login-screen">
      <div className="login-lang">
        <LangSwitch />
      </div>
      <main className="login-card" id="main">
        <div className="login-brand">
          <span className="brand-mark large" aria-hidden="true">督</span>
          <div>
            <h1>{t('app.name')}</h1>
            <p className="muted">{t('app.subtitle')}</p>
          </div>
        </div>
        <form onSubmit={submit} aria-label={t('auth.title')}>
          <h2>{t('auth.title')}</h2>
          {expired && !error && <p className="notice">{t('auth.expired')}</p>}
          <Field label={t('auth.username')} required>
            <input name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} autoFocus />
          </Field>
          <Field label={t('auth.password')} required>
            <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          </Field>
          {error && (error.status === 401 ? <p className="problem" role="alert">{t('auth.failed')}</p> : <ProblemAlert error={error} />)}
          <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
            {busy ? t('common.loading') : t('auth.submit')}
          </button>
          <p className="hint">{t('auth.demoHint')}</p>
        </form>
        <p>
          <Link to="/public/bulletins">{t('auth.publicLink')}</Link>
        </p>
      </main>
    </div>
  );
}
