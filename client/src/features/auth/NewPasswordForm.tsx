import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../app/i18n';
import { useStartSession } from '../../app/viewer';
import { TextField } from '../../ui/Fields';
import { FormError } from '../../ui/FormError';

export const MIN_PASSWORD_LENGTH = 12;

interface NewPasswordFormProps {
  passwordLabel: string;
  repeatLabel: string;
  submitLabel: string;
  /** The account's e-mail, so password managers store the new password with the right account. */
  username?: string;
  saving: boolean;
  /** The server's answer to the last attempt, shown when the form itself found nothing wrong. */
  error?: unknown;
  /** Called with a password that is long enough and typed the same twice. */
  onSubmit: (password: string) => Promise<void>;
}

/** A new password typed twice: checks length and equality before handing it on (invitation and password reset). */
export function NewPasswordForm({ passwordLabel, repeatLabel, submitLabel, username, saving, error, onSubmit }: NewPasswordFormProps) {
  const t = useT();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [clientError, setClientError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < MIN_PASSWORD_LENGTH) {
      setClientError(t('error.passwordTooShort', { min: MIN_PASSWORD_LENGTH }));
      return;
    }
    if (password !== repeat) {
      setClientError(t('error.passwordsDiffer'));
      return;
    }
    setClientError(null);
    await onSubmit(password);
  };

  return (
    <form className="form card" onSubmit={(e) => void submit(e)} noValidate>
      {username !== undefined && <input type="email" name="username" autoComplete="username" value={username} readOnly hidden />}
      <TextField label={passwordLabel} hint={t('invitation.passwordHint')} type="password" autoComplete="new-password" value={password} onChange={setPassword} required />
      <TextField label={repeatLabel} type="password" autoComplete="new-password" value={repeat} onChange={setRepeat} required />
      <FormError message={clientError} error={clientError ? undefined : error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('app.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}

/** After a password was set and the server signed the user in: load the viewer and go to the start page. */
export function useEnterHub(): () => Promise<void> {
  const startSession = useStartSession();
  const navigate = useNavigate();
  return async () => {
    try {
      await startSession();
    } catch {
      // the viewer loads again on the next page
    }
    await navigate('/', { replace: true });
  };
}
