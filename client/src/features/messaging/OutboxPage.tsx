import { freshWhenOnline } from '../../app/offline/network';
import { useMutation, useQuery } from '@apollo/client/react';
import { Fragment, useState } from 'react';
import { useT } from '../../app/i18n';
import { graphql } from '../../gql';
import { EmptyState, InlineError, Loading } from '../../ui/Feedback';
import { SelectField } from '../../ui/Fields';
import { FormError, StatusMessage } from '../../ui/FormError';
import type { OutboxStatus } from '../../gql/graphql';
import { usePageTitle } from '../../ui/usePageTitle';
import { DateTimeText } from '../../ui/Values';
import styles from './messaging.module.css';

export const OutboxDocument = graphql(`
  query Outbox($status: OutboxStatus) {
    outbox(status: $status) {
      id
      to
      subject
      body
      createdAt
      kind
      status
      attempts
      lastError
      nextAttemptAt
      sentAt
    }
  }
`);

export const RetryOutboxMessageDocument = graphql(`
  mutation RetryOutboxMessage($id: ID!) {
    retryOutboxMessage(id: $id) {
      id
      status
      attempts
      lastError
      nextAttemptAt
      sentAt
    }
  }
`);

const STATUS_BADGE = { QUEUED: 'badge-info', SENT: 'badge-success', FAILED: 'badge-danger' } as const;

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** The message text as it was sent, with its web addresses (invitation links) made clickable. */
function MessageBody({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <div className={styles.messageBody}>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part}>
            {part}
          </a>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </div>
  );
}

/** /admin/outbox: every email the hub queued, its delivery state, and "send again" for a failed one. */
export function OutboxPage() {
  const t = useT();
  usePageTitle(t('outbox.title'));
  const [status, setStatus] = useState<OutboxStatus | ''>('');
  const { data, loading, error } = useQuery(OutboxDocument, { variables: { status: status || null }, fetchPolicy: freshWhenOnline() });
  const [retry, retrying] = useMutation(RetryOutboxMessageDocument);
  const [retried, setRetried] = useState<string | null>(null);
  return (
    <div className="page">
      <h1>{t('outbox.title')}</h1>
      <p>{t('mailOutbox.intro')}</p>
      <div className="filters">
        <SelectField<OutboxStatus>
          label={t('mailOutbox.status')}
          value={status}
          onChange={setStatus}
          placeholder={t('mailOutbox.allStatuses')}
          options={(['QUEUED', 'SENT', 'FAILED'] as const).map((s) => ({ value: s, label: t(`mailOutbox.status.${s}`) }))}
        />
      </div>
      <FormError error={retrying.error} />
      <StatusMessage>{retried ? t('mailOutbox.retried') : null}</StatusMessage>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <InlineError error={error} />
      ) : !data || data.outbox.length === 0 ? (
        <EmptyState>
          <p>{t('outbox.empty')}</p>
        </EmptyState>
      ) : (
        <ol className={styles.messageList}>
          {data.outbox.map((m) => (
            <li key={m.id}>
              <article className={`card ${styles.message}`} aria-labelledby={`message-${m.id}`} data-testid="outbox-message" data-status={m.status}>
                <h2 id={`message-${m.id}`}>{m.subject}</h2>
                <dl className="details details-inline">
                  <div>
                    <dt>{t('col.to')}</dt>
                    <dd>{m.to}</dd>
                  </div>
                  <div>
                    <dt>{t('mailOutbox.status')}</dt>
                    <dd>
                      <span className={`badge ${STATUS_BADGE[m.status]}`}>{t(`mailOutbox.status.${m.status}`)}</span>
                    </dd>
                  </div>
                  <div>
                    <dt>{t('mailOutbox.queuedAt')}</dt>
                    <dd>
                      <DateTimeText iso={m.createdAt} />
                    </dd>
                  </div>
                  {m.sentAt ? (
                    <div>
                      <dt>{t('mailOutbox.sentAt')}</dt>
                      <dd>
                        <DateTimeText iso={m.sentAt} />
                      </dd>
                    </div>
                  ) : null}
                  <div>
                    <dt>{t('mailOutbox.attempts')}</dt>
                    <dd>{m.attempts}</dd>
                  </div>
                  {m.status === 'QUEUED' && m.attempts > 0 && m.nextAttemptAt ? (
                    <div>
                      <dt>{t('mailOutbox.nextAttempt')}</dt>
                      <dd>
                        <DateTimeText iso={m.nextAttemptAt} />
                      </dd>
                    </div>
                  ) : null}
                  {m.lastError ? (
                    <div>
                      <dt>{t('mailOutbox.lastError')}</dt>
                      <dd>
                        <code>{m.lastError}</code>
                      </dd>
                    </div>
                  ) : null}
                </dl>
                {m.status === 'FAILED' ? (
                  <div className="button-row">
                    <button
                      type="button"
                      className="button button-secondary"
                      disabled={retrying.loading}
                      onClick={() =>
                        void (async () => {
                          setRetried(null);
                          try {
                            await retry({ variables: { id: m.id } });
                            setRetried(m.id);
                          } catch {
                            // shown above
                          }
                        })()
                      }
                    >
                      {t('mailOutbox.retry')}
                    </button>
                  </div>
                ) : null}
                <MessageBody text={m.body} />
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
