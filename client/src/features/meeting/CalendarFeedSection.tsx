import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { InlineError, Loading } from '../../ui/Feedback';
import { FormError, StatusMessage } from '../../ui/FormError';
import styles from './meeting.module.css';

export const CalendarFeedDocument = graphql(`
  query CalendarFeed {
    calendarFeed {
      active
      createdAt
    }
  }
`);

export const RotateCalendarFeedDocument = graphql(`
  mutation RotateCalendarFeed {
    rotateCalendarFeed {
      url
      createdAt
    }
  }
`);

export const RevokeCalendarFeedDocument = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);

/** A feed path from the API as the full address a calendar app needs (same origin as the hub). */
export function absoluteFeedUrl(path: string, origin: string = window.location.origin): string {
  return new URL(path, origin).toString();
}

/**
 * The viewer's private calendar feed: create it (the address is shown once, with a copy
 * button), make a new one (the old stops working) or revoke it.
 */
export function CalendarFeedSection() {
  const { t, formatDateTime } = useI18n();
  const { data, loading, error } = useQuery(CalendarFeedDocument);
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [rotate, rotating] = useMutation(RotateCalendarFeedDocument, {
    update: (cache, { data: made }) => {
      if (!made) return;
      cache.writeQuery({ query: CalendarFeedDocument, data: { calendarFeed: { __typename: 'CalendarFeedStatus', active: true, createdAt: made.rotateCalendarFeed.createdAt } } });
    },
  });
  const [revoke, revoking] = useMutation(RevokeCalendarFeedDocument, {
    update: (cache) => {
      cache.writeQuery({ query: CalendarFeedDocument, data: { calendarFeed: { __typename: 'CalendarFeedStatus', active: false, createdAt: null } } });
    },
  });

  const make = async () => {
    setMessage(null);
    try {
      const result = await rotate();
      if (result.data) setUrl(absoluteFeedUrl(result.data.rotateCalendarFeed.url));
    } catch {
      // shown by FormError
    }
  };

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setMessage(t('feed.copied'));
    } catch {
      inputRef.current?.select();
      setMessage(t('feed.copyFailed'));
    }
  };

  const feed = data?.calendarFeed;

  return (
    <section className="section" aria-labelledby="feed-heading">
      <h2 id="feed-heading">{t('feed.title')}</h2>
      <p>{t('feed.intro')}</p>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <InlineError error={error} />
      ) : (
        <>
          {url ? (
            <div className="field">
              <label htmlFor={inputId}>{t('feed.url')}</label>
              <p className="hint" id={`${inputId}-hint`}>
                {t('feed.urlHint')}
              </p>
              <div className={styles.feedUrl}>
                <input id={inputId} ref={inputRef} type="text" readOnly value={url} aria-describedby={`${inputId}-hint`} onFocus={(e) => e.currentTarget.select()} data-testid="feed-url" />
                <button type="button" className="button button-secondary" onClick={() => void copy()}>
                  {t('feed.copy')}
                </button>
              </div>
            </div>
          ) : feed?.active ? (
            <p>{t('feed.active', { date: feed.createdAt ? formatDateTime(feed.createdAt) : '' })}</p>
          ) : (
            <p className="muted">{t('feed.none')}</p>
          )}
          <div className="button-row">
            <button type="button" className={`button ${feed?.active ? 'button-secondary' : 'button-primary'}`} disabled={rotating.loading} onClick={() => void make()}>
              {feed?.active ? t('feed.replace') : t('feed.create')}
            </button>
            {feed?.active && (
              <ConfirmAction
                triggerLabel={t('feed.revoke')}
                question={t('feed.revokeConfirm')}
                confirmLabel={t('feed.revokeYes')}
                busy={revoking.loading}
                onConfirm={async () => {
                  await revoke();
                  setUrl(null);
                  setMessage(t('feed.revoked'));
                }}
              />
            )}
          </div>
          <FormError error={rotating.error ?? revoking.error} />
          {message && <StatusMessage>{message}</StatusMessage>}
        </>
      )}
    </section>
  );
}
