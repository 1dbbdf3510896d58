import { freshWhenOnline } from '../../app/offline/network';
import { useQuery } from '@apollo/client/react';
import { Fragment } from 'react';
import { useT } from '../../app/i18n';
import { graphql } from '../../gql';
import { EmptyState, InlineError, Loading } from '../../ui/Feedback';
import { usePageTitle } from '../../ui/usePageTitle';
import { DateTimeText } from '../../ui/Values';

export const OutboxDocument = graphql(`
  query Outbox {
    outbox {
      id
      to
      subject
      body
      createdAt
    }
  }
`);

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** The message text as it was sent, with its web addresses (invitation links) made clickable. */
function MessageBody({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <div className="message-body">
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

/** /admin/outbox: the messages the hub sent (the embedded setup sends no real email). */
export function OutboxPage() {
  const t = useT();
  usePageTitle(t('outbox.title'));
  const { data, loading, error } = useQuery(OutboxDocument, { fetchPolicy: freshWhenOnline() });
  return (
    <div className="page">
      <h1>{t('outbox.title')}</h1>
      <p>{t('outbox.intro')}</p>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <InlineError error={error} />
      ) : !data || data.outbox.length === 0 ? (
        <EmptyState>
          <p>{t('outbox.empty')}</p>
        </EmptyState>
      ) : (
        <ol className="message-list">
          {data.outbox.map((m) => (
            <li key={m.id}>
              <article className="card message" aria-labelledby={`message-${m.id}`}>
                <h2 id={`message-${m.id}`}>{m.subject}</h2>
                <dl className="details details-inline">
                  <div>
                    <dt>{t('col.to')}</dt>
                    <dd>{m.to}</dd>
                  </div>
                  <div>
                    <dt>{t('col.sent')}</dt>
                    <dd>
                      <DateTimeText iso={m.createdAt} />
                    </dd>
                  </div>
                </dl>
                <MessageBody text={m.body} />
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
