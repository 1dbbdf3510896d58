import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { FormError } from '../../ui/FormError';
import { Badge } from '../../ui/Values';
import styles from './meeting.module.css';

export const ActionItemRow_item = graphql(`
  fragment ActionItemRow_item on ActionItem {
    id
    title
    dueDate
    status
    overdue
    doneAt
    viewerCanComplete
    viewerCanEdit
    assignee {
      id
      name
    }
    meeting {
      id
      title
    }
  }
`);

export const UpdateActionItemStatusDocument = graphql(`
  mutation UpdateActionItemStatus($id: ID!, $status: ActionItemStatus!) {
    updateActionItem(id: $id, input: { status: $status }) {
      id
      ...ActionItemRow_item
    }
  }
`);

export const RemoveActionItemDocument = graphql(`
  mutation RemoveActionItem($id: ID!) {
    removeActionItem(id: $id)
  }
`);

/**
 * One action item: what, who, by when, its status; overdue ones are flagged in words (not only in
 * colour). Whoever may complete it gets "mark as done" (or "reopen").
 */
export function ActionItemRow({
  item: ref,
  showMeeting = false,
  showAssignee = true,
  onStatusChanged,
}: {
  item: FragmentType<typeof ActionItemRow_item>;
  showMeeting?: boolean;
  showAssignee?: boolean;
  onStatusChanged?: (title: string, status: 'OPEN' | 'DONE') => void;
}) {
  const { t, formatDate, formatDateTime } = useI18n();
  const item = getFragmentData(ActionItemRow_item, ref);
  const [update, { loading, error }] = useMutation(UpdateActionItemStatusDocument);
  const [remove, removing] = useMutation(RemoveActionItemDocument, {
    update: (cache) => {
      const id = cache.identify({ __typename: 'ActionItem', id: item.id });
      if (id) cache.evict({ id });
      cache.gc();
    },
  });
  const done = item.status === 'DONE';
  const next = done ? 'OPEN' : 'DONE';

  return (
    <li className={`${styles.actionItem}${item.overdue ? ` ${styles.actionItemOverdue}` : ''}${done ? ` ${styles.actionItemDone}` : ''}`} data-testid="action-item">
      <div className={styles.actionItemHead}>
        <p className={styles.actionItemTitle}>{item.title}</p>
        <div className="step-badges">
          {item.overdue && <Badge tone="danger">{t('actions.overdue')}</Badge>}
          <Badge tone={done ? 'success' : 'neutral'}>{t(`actionStatus.${item.status}`)}</Badge>
        </div>
      </div>
      <p className={styles.meetingMeta}>
        {showAssignee && <span>{item.assignee.name}</span>}
        <span>{t('actions.due', { date: formatDate(item.dueDate) })}</span>
        {done && item.doneAt && <span>{t('actions.doneOn', { date: formatDateTime(item.doneAt) })}</span>}
        {showMeeting && <Link to={`/meetings/${item.meeting.id}`}>{t('actions.fromMeeting', { title: item.meeting.title })}</Link>}
      </p>
      {(item.viewerCanComplete || item.viewerCanEdit) && (
        <div className="button-row">
          {item.viewerCanComplete && (
            <button
              type="button"
              className={`button button-small ${done ? 'button-secondary' : 'button-primary'}`}
              aria-label={t(done ? 'actions.reopenNamed' : 'actions.markDoneNamed', { title: item.title })}
              disabled={loading}
              onClick={() =>
                void (async () => {
                  try {
                    await update({ variables: { id: item.id, status: next } });
                    onStatusChanged?.(item.title, next);
                  } catch {
                    // shown below
                  }
                })()
              }
            >
              {t(done ? 'actions.reopen' : 'actions.markDone')}
            </button>
          )}
          {item.viewerCanEdit && (
            <button
              type="button"
              className="button button-small button-danger-outline"
              aria-label={t('actions.removeNamed', { title: item.title })}
              disabled={removing.loading}
              onClick={() => void remove({ variables: { id: item.id } }).catch(() => undefined)}
            >
              {t('app.remove')}
            </button>
          )}
        </div>
      )}
      <FormError error={error ?? removing.error} />
    </li>
  );
}
