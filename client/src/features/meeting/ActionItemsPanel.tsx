import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { todayInBrussels } from '../../app/format';
import { useT } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { Disclosure } from '../../ui/Disclosure';
import { EmptyState } from '../../ui/Feedback';
import { SelectField, TextField } from '../../ui/Fields';
import { FormError, StatusMessage } from '../../ui/FormError';
import { ActionItemRow, ActionItemRow_item } from './ActionItemRow';
import { sortActionItems } from './actionItems';
import styles from './meeting.module.css';

export const ActionItemsPanel_meeting = graphql(`
  fragment ActionItemsPanel_meeting on Meeting {
    id
    viewerCan {
      manage
    }
    invitees {
      id
      user {
        id
        name
      }
    }
    actionItems {
      id
      ...ActionItemRow_item
    }
  }
`);

export const AddActionItemDocument = graphql(`
  mutation AddActionItem($meetingId: ID!, $input: ActionItemInput!) {
    addActionItem(meetingId: $meetingId, input: $input) {
      id
      ...ActionItemRow_item
    }
  }
`);

function AddActionItemForm({ meetingId, invitees, onAdded }: { meetingId: string; invitees: readonly { id: string; name: string }[]; onAdded: (name: string) => void }) {
  const t = useT();
  const [title, setTitle] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [add, { loading, error }] = useMutation(AddActionItemDocument, {
    update: (cache, { data }) => {
      const item = data?.addActionItem;
      const id = cache.identify({ __typename: 'Meeting', id: meetingId });
      const itemId = item && cache.identify({ __typename: 'ActionItem', id: item.id });
      if (!item || !id || !itemId) return;
      cache.modify({
        id,
        fields: {
          actionItems: (existing: unknown, { readField, toReference }) => {
            if (!Array.isArray(existing)) return existing;
            const list = existing as readonly Reference[];
            if (list.some((r) => readField('id', r) === item.id)) return list;
            const ref = toReference(itemId);
            return ref ? [...list, ref] : list;
          },
        },
      });
    },
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim() || !assigneeId || !dueDate) {
      setProblem(t('actions.needWhat'));
      return;
    }
    setProblem(null);
    try {
      await add({ variables: { meetingId, input: { title: title.trim(), assigneeId, dueDate } } });
      onAdded(invitees.find((i) => i.id === assigneeId)?.name ?? '');
      setTitle('');
      setAssigneeId('');
      setDueDate('');
    } catch {
      // shown by FormError
    }
  };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} aria-label={t('actions.add')} noValidate>
      <TextField label={t('actions.what')} value={title} onChange={setTitle} required maxLength={300} />
      <div className="grid grid-2">
        <SelectField
          label={t('actions.assignee')}
          value={assigneeId}
          onChange={setAssigneeId}
          placeholder={t('actions.chooseAssignee')}
          options={invitees.map((i) => ({ value: i.id, label: i.name }))}
          required
        />
        <TextField label={t('actions.dueDate')} type="date" value={dueDate} onChange={setDueDate} min={todayInBrussels()} required />
      </div>
      <FormError error={error} message={problem} />
      <button type="submit" className="button button-primary" disabled={loading}>
        {t('actions.addSubmit')}
      </button>
    </form>
  );
}

/** The meeting's action items (overdue first); the Fedasil staff of the meeting add them for invitees. */
export function ActionItemsPanel({ meeting: ref }: { meeting: FragmentType<typeof ActionItemsPanel_meeting> }) {
  const t = useT();
  const meeting = getFragmentData(ActionItemsPanel_meeting, ref);
  const [status, setStatus] = useState<string | null>(null);
  const items = sortActionItems(
    meeting.actionItems.map((ref) => {
      const i = getFragmentData(ActionItemRow_item, ref);
      return { id: i.id, dueDate: i.dueDate, done: i.status === 'DONE', overdue: i.overdue, ref };
    }),
  );
  const invitees = meeting.invitees.map((i) => i.user);

  return (
    <section className="section" aria-labelledby="action-items-heading">
      <h2 id="action-items-heading">{t('actions.title')}</h2>
      {items.length === 0 ? (
        <EmptyState>
          <p>{t('actions.empty')}</p>
        </EmptyState>
      ) : (
        <ul className={styles.actionList} aria-labelledby="action-items-heading">
          {items.map((i) => (
            <ActionItemRow key={i.id} item={i.ref} onStatusChanged={(title, s) => setStatus(t('actions.statusSaved', { title, status: t(`actionStatus.${s}`) }))} />
          ))}
        </ul>
      )}
      {status && <StatusMessage>{status}</StatusMessage>}
      {meeting.viewerCan.manage && (
        <Disclosure label={t('actions.add')}>{() => <AddActionItemForm meetingId={meeting.id} invitees={invitees} onAdded={(name) => setStatus(t('actions.added', { name }))} />}</Disclosure>
      )}
    </section>
  );
}
