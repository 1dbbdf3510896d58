import { describeError } from '../app/errors';
import { useT } from '../app/i18n';

/**
 * The translated error of a form, in a role="alert" element so screen readers announce it.
 * `error` is what Apollo Client gave (or threw); `message` is a client-side check's message.
 */
export function FormError({ error, message }: { error?: unknown; message?: string | null }) {
  const t = useT();
  if (message) {
    return (
      <div role="alert" className="alert alert-error">
        <p>{message}</p>
      </div>
    );
  }
  if (!error) return null;
  const described = describeError(error, t);
  return (
    <div role="alert" className="alert alert-error">
      <p>{described.message}</p>
      {described.fieldErrors.length > 0 && (
        <ul>
          {described.fieldErrors.map((f) => (
            <li key={f.field}>{t('error.fieldIssues', { field: f.label, messages: f.messages.join('; ') })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A short success message, announced politely. */
export function StatusMessage({ children }: { children: React.ReactNode }) {
  if (!children) return null;
  return (
    <div role="status" className="alert alert-success">
      <p>{children}</p>
    </div>
  );
}
