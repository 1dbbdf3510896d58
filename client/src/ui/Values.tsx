import { useI18n } from '../app/i18n';

/** An amount in euro cents, formatted for the active language, kept on one line. */
export function Money({ cents, testId }: { cents: number; testId?: string }) {
  const { formatMoney } = useI18n();
  return (
    <span className="money" data-testid={testId}>
      {formatMoney(cents)}
    </span>
  );
}

/** A calendar date (YYYY-MM-DD), or the "not set" text. */
export function DateText({ iso }: { iso: string | null | undefined }) {
  const { formatDate, t } = useI18n();
  if (!iso) return <span className="muted">{t('app.notSet')}</span>;
  return <time dateTime={iso}>{formatDate(iso)}</time>;
}

/** A moment (ISO timestamp), shown in Brussels time. */
export function DateTimeText({ iso }: { iso: string | null | undefined }) {
  const { formatDateTime, t } = useI18n();
  if (!iso) return <span className="muted">{t('app.notSet')}</span>;
  return <time dateTime={iso}>{formatDateTime(iso)}</time>;
}

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export function Badge({ children, tone = 'neutral' }: { children: React.ReactNode; tone?: BadgeTone }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
