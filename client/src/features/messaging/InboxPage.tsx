import { freshWhenOnline } from '../../app/offline/network';
import { useMutation, useQuery } from '@apollo/client/react';
import { THREAD_SUBJECT_MAX_LENGTH } from '@partner-hub/shared';
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { EmptyState, InlineError, Loading, PageError } from '../../ui/Feedback';
import { SelectField, TextField } from '../../ui/Fields';
import { FormError } from '../../ui/FormError';
import { usePageTitle } from '../../ui/usePageTitle';
import { DateTimeText } from '../../ui/Values';
import { excerpt } from './MessageItem';
import { threadTitle } from './ThreadPage';
import { useRefetchOnInboxEvents } from './unread';
import styles from './messaging.module.css';

export const ThreadList_thread = graphql(`
  fragment ThreadList_thread on Thread {
    id
    kind
    subject
    unreadCount
    muted
    lastActivityAt
    partnership {
      id
      name
    }
    household {
      id
      reference
    }
    lastMessage {
      id
      body
      deleted
      internal
      author {
        id
        name
      }
    }
  }
`);

export const InboxDocument = graphql(`
  query Inbox($first: Int!, $after: String) {
    threads(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          ...ThreadList_thread
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const StartThreadPartnershipsDocument = graphql(`
  query StartThreadPartnerships {
    partnerships(first: 100) {
      edges {
        cursor
        node {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const StartThreadDocument = graphql(`
  mutation StartThread($input: StartThreadInput!) {
    startThread(input: $input) {
      id
      ...ThreadList_thread
    }
  }
`);

const INBOX_PAGE = 30;

/** A list of threads: title, partnership, last message, time, unread count; each a link to the thread. */
export function ThreadList({ threads: refs }: { threads: readonly FragmentType<typeof ThreadList_thread>[] }) {
  const t = useT();
  const { me } = useViewer();
  const threads = refs.map((r) => getFragmentData(ThreadList_thread, r));
  return (
    <ul className={styles.threadList} data-testid="thread-list">
      {threads.map((thread) => {
        const title = threadTitle(thread, t);
        const last = thread.lastMessage;
        const lastText = last ? (last.deleted ? t('messages.deletedMessage') : excerpt(last.body, 120)) : t('messages.noMessagesYet');
        const author = last?.author ? (last.author.id === me?.id ? t('thread.you') : last.author.name) : null;
        return (
          <li key={thread.id} className={thread.unreadCount > 0 ? `${styles.threadRow} ${styles.hasUnread}` : styles.threadRow} data-testid="thread-row">
            <div className={styles.threadRowMain}>
              <Link to={`/messages/${thread.id}`} className={styles.threadLink}>
                {title}
              </Link>
              {thread.unreadCount > 0 && (
                <span className="count-badge" data-testid="thread-unread">
                  {thread.unreadCount}
                  <span className="visually-hidden"> {t('messages.unread', { count: thread.unreadCount })}</span>
                </span>
              )}
            </div>
            <p className={`${styles.threadRowMeta} muted`}>
              {thread.kind !== 'PARTNERSHIP' && <>{thread.partnership.name} · </>}
              <DateTimeText iso={thread.lastActivityAt} />
              {thread.muted && <> · {t('messages.muted')}</>}
            </p>
            <p className={styles.threadRowLast}>
              {last?.internal && <span className="badge badge-warning">{t('thread.internal')}</span>} {author ? t('messages.lastFrom', { name: author, text: lastText }) : lastText}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/** Starting a thread with a subject in one of the viewer's partnerships. */
function StartThreadForm() {
  const t = useT();
  const id = useId();
  const navigate = useNavigate();
  const partnerships = useQuery(StartThreadPartnershipsDocument);
  const options = partnerships.data?.partnerships.edges.map((e) => e.node) ?? [];
  const [partnershipId, setPartnershipId] = useState('');
  const [subject, setSubject] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [start, { loading, error }] = useMutation(StartThreadDocument);
  const chosen = partnershipId || (options.length === 1 ? options[0].id : '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!chosen) return setProblem(t('messages.partnershipRequired'));
    if (!subject.trim()) return setProblem(t('messages.subjectRequired'));
    try {
      const { data } = await start({ variables: { input: { partnershipId: chosen, subject: subject.trim() } }, refetchQueries: [InboxDocument] });
      if (data) await navigate(`/messages/${data.startThread.id}`);
    } catch {
      // shown by FormError
    }
  };

  // Shown once the viewer's partnerships are known (a form without them would ask to choose from nothing).
  if (!partnerships.data || options.length === 0) return null;
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('messages.start')}</h2>
      <p className="muted">{t('messages.startIntro')}</p>
      <form onSubmit={(e) => void submit(e)} className="start-thread-form" noValidate>
        <div className="grid grid-2">
          {options.length !== 1 && (
            <SelectField
              label={t('col.partnership')}
              value={partnershipId}
              onChange={setPartnershipId}
              placeholder={t('messages.choosePartnership')}
              options={options.map((p) => ({ value: p.id, label: p.name }))}
            />
          )}
          <TextField label={t('messages.subject')} value={subject} onChange={setSubject} maxLength={THREAD_SUBJECT_MAX_LENGTH} required />
        </div>
        <FormError error={problem ? undefined : error} message={problem} />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={loading}>
            {t('messages.startButton')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** /messages: the viewer's threads, the most recently active first, with unread counts; live. */
export function InboxPage() {
  const t = useT();
  usePageTitle(t('messages.title'));
  const { me } = useViewer();
  const { data, error, loading, refetch, fetchMore } = useQuery(InboxDocument, { variables: { first: INBOX_PAGE }, fetchPolicy: freshWhenOnline() });
  useRefetchOnInboxEvents(() => refetch({ first: Math.max(INBOX_PAGE, data?.threads.edges.length ?? 0) }), Boolean(data), me?.id ?? null);

  if (error && !data) return <PageError error={error} onRetry={() => void refetch()} />;
  const connection = data?.threads;
  return (
    <div className="page">
      <h1>{t('messages.title')}</h1>
      <p className="lead">{t('messages.intro')}</p>
      <section className="section" aria-labelledby="inbox-heading" aria-busy={loading}>
        <h2 id="inbox-heading">{t('messages.threads')}</h2>
        {error && <InlineError error={error} />}
        {!connection ? (
          <Loading />
        ) : connection.edges.length === 0 ? (
          <EmptyState>
            <p>{t('messages.empty')}</p>
          </EmptyState>
        ) : (
          <>
            <ThreadList threads={connection.edges.map((e) => e.node)} />
            {connection.pageInfo.hasNextPage && (
              <button type="button" className="button button-secondary" onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
                {t('app.loadMore')}
              </button>
            )}
          </>
        )}
      </section>
      <StartThreadForm />
    </div>
  );
}
