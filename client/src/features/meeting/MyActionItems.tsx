import { freshWhenOnline } from '../../app/offline/network';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useT } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { getFragmentData, graphql } from '../../gql';
import { EmptyState, InlineError, Loading } from '../../ui/Feedback';
import { StatusMessage } from '../../ui/FormError';
import { ActionItemRow, ActionItemRow_item } from './ActionItemRow';
import { sortActionItems } from './actionItems';
import { useMeetingsChanged } from './live';
import styles from './meeting.module.css';

export const MyActionItemsDocument = graphql(`
  query MyActionItems {
    myActionItems {
      id
      ...ActionItemRow_item
    }
  }
`);

/**
 * "My action items" on every role's home: open items agreed in meetings, overdue first, each
 * with its meeting and "mark as done". Items marked done stay in view (struck through) until the
 * next visit, so a mistaken tap can be undone.
 */
export function MyActionItems() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(MyActionItemsDocument, { fetchPolicy: freshWhenOnline() });
  const { me } = useViewer();
  // Live: a meeting's event carries its action items, so a status change lands in the cache. The
  // list is fetched again only when an open item of that meeting was assigned to the viewer and is
  // not shown, or a shown one is no longer theirs (reassigned, removed, the meeting gone). Items
  // the viewer just marked done stay in view until the next visit.
  useMeetingsChanged(
    (change) => {
      const shown = new Set(
        (data?.myActionItems ?? [])
          .map((ref) => getFragmentData(ActionItemRow_item, ref))
          .filter((i) => i.meeting.id === change.meetingId)
          .map((i) => i.id),
      );
      const theirs = (change.meeting?.actionItems ?? []).filter((a) => a.assignee.id === me?.id);
      const added = theirs.some((a) => a.status === 'OPEN' && !shown.has(a.id));
      const gone = [...shown].some((id) => !theirs.some((a) => a.id === id));
      if (added || gone) void refetch().catch(() => undefined);
    },
    { enabled: Boolean(data && me) },
  );
  const [status, setStatus] = useState<string | null>(null);
  const items = sortActionItems(
    (data?.myActionItems ?? []).map((ref) => {
      const i = getFragmentData(ActionItemRow_item, ref);
      return { id: i.id, dueDate: i.dueDate, done: i.status === 'DONE', overdue: i.overdue, ref };
    }),
  );
  const overdue = items.filter((i) => i.overdue).length;

  return (
    <section className="section" aria-labelledby="my-action-items-heading">
      <h2 id="my-action-items-heading">
        {t('actions.my')}
        {overdue > 0 && <span className={`badge badge-danger ${styles.headingBadge}`}>{t('actions.overdueCount', { count: overdue })}</span>}
      </h2>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <InlineError error={error} />
      ) : items.length === 0 ? (
        <EmptyState>
          <p>{t('actions.myEmpty')}</p>
        </EmptyState>
      ) : (
        <ul className={styles.actionList} aria-labelledby="my-action-items-heading" data-testid="my-action-items">
          {items.map((i) => (
            <ActionItemRow key={i.id} item={i.ref} showMeeting showAssignee={false} onStatusChanged={(title, s) => setStatus(t('actions.statusSaved', { title, status: t(`actionStatus.${s}`) }))} />
          ))}
        </ul>
      )}
      {status && <StatusMessage>{status}</StatusMessage>}
    </section>
  );
}
