import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { LoginMutation } from '../graphql/documents';
import { useI18n } from '../i18n/i18n';
import type { Viewer } from '../app/session';
import { LanguageSwitch } from '../app/LanguageSwitch';

/** Sign-in with e-mail and password: the API sets an HttpOnly session cookie; the page never sees it. */
export function LoginPage({ onSignedIn, sessionEnded }: { onSignedIn: (viewer: Viewer) => void; sessionEnded?: boolean }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [{ fetching }, login] = useMutation(LoginMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const result = await login({ email: email.trim(), password });
    if (result.data?.login) {
      onSignedIn(result.data.login.viewer);
      return;
    }
    const error = result.error?.graphQLErrors[0];
    if (error?.extensions?.code === 'TOO_MANY_ATTEMPTS') {
      const seconds = Number(error.extensions.retryAfterSeconds ?? 900);
      setMessage(t('tooManyAttempts', { minutes: Math.max(1, Math.ceil(seconds / 60)) }));
    } else if (error?.extensions?.code === 'INVALID_CREDENTIALS') {
      setMessage(t('invalidCredentials'));
    } else {
      setMessage(`${t('loadFailed')}: ${result.error?.message ?? ''}`);
    }
  };

  return (
    <main className="login" id="main">
      <div className="login-card">
        <div className="login-lang">
          <LanguageSwitch />
        </div>
        <h1>{t('loginTitle')}</h1>
        <p>{t('loginIntro')}</p>
        {sessionEnded && <p className="notice" role="status">{t('sessionEnded')}</p>}
        <form onSubmit={submit} aria-describedby={message ? 'login-error' : undefined}>
          <label>
            {t('email')}
            <input type="email" name="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} />
          </label>
          <label>
            {t('password')}
            <input type="password" name="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
          </label>
          {message && (
            <p id="login-error" role="alert" className="notice notice-error">
              {message}
            </p>
          )}
          <button type="submit" className="primary" disabled={fetching}>
            {fetching ? t('signingIn') : t('signIn')}
          </button>
        </form>
      </div>
    </main>
  );
}
