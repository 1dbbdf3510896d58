import { freshWhenOnline } from '../../app/offline/network';
import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useI18n, useT } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { Disclosure } from '../../ui/Disclosure';
import { EmptyState, InlineError, Loading } from '../../ui/Feedback';
import { TextAreaField, TextField } from '../../ui/Fields';
import { FormError, StatusMessage } from '../../ui/FormError';
import { DateText } from '../../ui/Values';
import { moveId } from './actionItems';
import styles from './meeting.module.css';

export const AgendaPanel_meeting = graphql(`
  fragment AgendaPanel_meeting on Meeting {
    id
    status
    viewerCan {
      manage
      addAgendaItem
    }
    agenda {
      id
      position
      title
      description
      sourceType
      sourceUrl
      viewerCanEdit
      author {
        id
        name
      }
    }
  }
`);

/** What an added agenda item brings into the cache: everything the agenda and the minutes show of it. */
export const AgendaPanel_addedItem = graphql(`
  fragment AgendaPanel_addedItem on AgendaItem {
    id
    position
    title
    description
    notes
    sourceType
    sourceUrl
    viewerCanEdit
    author {
      id
      name
    }
  }
`);

export const AddAgendaItemDocument = graphql(`
  mutation AddAgendaItem($meetingId: ID!, $input: AgendaItemInput!) {
    addAgendaItem(meetingId: $meetingId, input: $input) {
      id
      ...AgendaPanel_addedItem
    }
  }
`);

export const AddProposedAgendaItemDocument = graphql(`
  mutation AddProposedAgendaItem($meetingId: ID!, $key: ID!) {
    addProposedAgendaItem(meetingId: $meetingId, key: $key) {
      id
      ...AgendaPanel_addedItem
    }
  }
`);

export const ReorderAgendaItemsDocument = graphql(`
  mutation ReorderAgendaItems($meetingId: ID!, $itemIds: [ID!]!) {
    reorderAgendaItems(meetingId: $meetingId, itemIds: $itemIds) {
      id
      position
    }
  }
`);

export const RemoveAgendaItemDocument = graphql(`
  mutation RemoveAgendaItem($id: ID!) {
    removeAgendaItem(id: $id)
  }
`);

export const ProposedAgendaItemsDocument = graphql(`
  query ProposedAgendaItems($meetingId: ID!) {
    proposedAgendaItems(meetingId: $meetingId) {
      key
      label
      sourceType
      sourceUrl
      date
      partnership {
        id
        name
      }
    }
  }
`);

/** Appends a new agenda item to the meeting's agenda in the cache (once). */
function appendToAgenda(cache: ApolloCache, meetingId: string, item: { __typename?: string; id: string }) {
  const id = cache.identify({ __typename: 'Meeting', id: meetingId });
  const itemId = cache.identify({ __typename: 'AgendaItem', id: item.id });
  if (!id || !itemId) return;
  cache.modify({
    id,
    fields: {
      agenda: (existing: unknown, { readField, toReference }) => {
        if (!Array.isArray(existing)) return existing;
        const list = existing as readonly Reference[];
        if (list.some((r) => readField('id', r) === item.id)) return list;
        const ref = toReference(itemId);
        return ref ? [...list, ref] : list;
      },
    },
  });
}

function AddAgendaItemForm({ meetingId, onAdded }: { meetingId: string; onAdded: (title: string) => void }) {
  const t = useT();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [add, { loading, error }] = useMutation(AddAgendaItemDocument, {
    update: (cache, { data }) => {
      if (data) appendToAgenda(cache, meetingId, data.addAgendaItem);
    },
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return;
    try {
      await add({ variables: { meetingId, input: { title: title.trim(), description: description.trim() || null } } });
      onAdded(title.trim());
      setTitle('');
      setDescription('');
    } catch {
      // shown by FormError
    }
  };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} aria-label={t('agenda.add')}>
      <TextField label={t('agenda.itemTitle')} value={title} onChange={setTitle} required maxLength={300} />
      <TextAreaField label={t('agenda.itemDescription')} value={description} onChange={setDescription} optional />
      <FormError error={error} />
      <button type="submit" className="button button-primary" disabled={loading || !title.trim()}>
        {t('agenda.addSubmit')}
      </button>
    </form>
  );
}

/** What the hub proposes from open work, each with a link to its source and "add to agenda". */
function Proposals({ meetingId, onAdded }: { meetingId: string; onAdded: (title: string) => void }) {
  const t = useT();
  const { data, loading, error } = useQuery(ProposedAgendaItemsDocument, { variables: { meetingId }, fetchPolicy: freshWhenOnline() });
  const [add, adding] = useMutation(AddProposedAgendaItemDocument);
  const [pending, setPending] = useState<string | null>(null);

  if (loading && !data) return <Loading />;
  if (error && !data) return <InlineError error={error} />;
  const proposals = data?.proposedAgendaItems ?? [];

  return (
    <>
      <p className="muted">{t('agenda.proposalsIntro')}</p>
      {proposals.length === 0 ? (
        <p>{t('agenda.noProposals')}</p>
      ) : (
        <ul className={styles.proposalList} aria-label={t('agenda.proposals')}>
          {proposals.map((p) => (
            <li key={p.key} className={styles.proposal} data-testid="agenda-proposal">
              <div>
                <Link to={p.sourceUrl} aria-label={t('agenda.openSource', { title: p.label })}>
                  {p.label}
                </Link>
                <p className={styles.meetingMeta}>
                  <span>{t(`agendaSource.${p.sourceType}`)}</span>
                  <span>{p.partnership.name}</span>
                  {p.date && <DateText iso={p.date} />}
                </p>
              </div>
              <button
                type="button"
                className="button button-secondary button-small"
                aria-label={t('agenda.addProposalNamed', { title: p.label })}
                disabled={adding.loading && pending === p.key}
                onClick={() =>
                  void (async () => {
                    setPending(p.key);
                    try {
                      await add({
                        variables: { meetingId, key: p.key },
                        update: (cache, { data: added }) => {
                          if (!added) return;
                          appendToAgenda(cache, meetingId, added.addProposedAgendaItem);
                          // The proposal is on the agenda now: it is no longer proposed.
                          cache.updateQuery({ query: ProposedAgendaItemsDocument, variables: { meetingId } }, (current) =>
                            current ? { proposedAgendaItems: current.proposedAgendaItems.filter((x) => x.key !== p.key) } : current,
                          );
                        },
                      });
                      onAdded(p.label);
                    } catch {
                      // shown below
                    } finally {
                      setPending(null);
                    }
                  })()
                }
              >
                {t('agenda.addProposal')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <FormError error={adding.error} />
    </>
  );
}

/**
 * The agenda in order: any invitee adds items; the Fedasil staff of the meeting reorder them
 * (move up / move down buttons, usable by keyboard and on a phone) and see proposals from open work.
 */
export function AgendaPanel({ meeting: ref }: { meeting: FragmentType<typeof AgendaPanel_meeting> }) {
  const { t } = useI18n();
  const meeting = getFragmentData(AgendaPanel_meeting, ref);
  const items = [...meeting.agenda].sort((a, b) => a.position - b.position);
  const [status, setStatus] = useState<string | null>(null);
  const [reorder, reordering] = useMutation(ReorderAgendaItemsDocument);
  const [remove, removing] = useMutation(RemoveAgendaItemDocument);
  const canReorder = meeting.viewerCan.manage && meeting.status === 'SCHEDULED';

  const move = async (index: number, delta: number) => {
    const ids = moveId(
      items.map((i) => i.id),
      index,
      delta,
    );
    const item = items[index];
    setStatus(null);
    try {
      await reorder({
        variables: { meetingId: meeting.id, itemIds: ids },
        optimisticResponse: {
          reorderAgendaItems: ids.map((id, i) => ({ __typename: 'AgendaItem' as const, id, position: i + 1 })),
        },
      });
      setStatus(t('agenda.moved', { title: item.title, position: ids.indexOf(item.id) + 1 }));
    } catch {
      // shown by FormError
    }
  };

  return (
    <section className="section" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('agenda.title')}</h2>
      {items.length === 0 ? (
        <EmptyState>
          <p>{t('agenda.empty')}</p>
        </EmptyState>
      ) : (
        <ol className={styles.agendaList} aria-labelledby="agenda-heading">
          {items.map((item, index) => (
            <li key={item.id} className={styles.agendaItem} data-testid="agenda-item">
              <div className={styles.agendaItemHead}>
                <p className={styles.agendaItemTitle}>
                  <span className={styles.agendaPosition} aria-hidden="true">
                    {index + 1}.
                  </span>
                  {item.title}
                </p>
                {(canReorder || item.viewerCanEdit) && (
                  <div className="button-row">
                    {canReorder && (
                      <>
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          aria-label={t('agenda.moveUp', { title: item.title })}
                          disabled={index === 0 || reordering.loading}
                          onClick={() => void move(index, -1)}
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          aria-label={t('agenda.moveDown', { title: item.title })}
                          disabled={index === items.length - 1 || reordering.loading}
                          onClick={() => void move(index, 1)}
                        >
                          ↓
                        </button>
                      </>
                    )}
                    {item.viewerCanEdit && meeting.status === 'SCHEDULED' && (
                      <button
                        type="button"
                        className="button button-danger-outline button-small"
                        aria-label={t('agenda.remove', { title: item.title })}
                        disabled={removing.loading}
                        onClick={() =>
                          void remove({
                            variables: { id: item.id },
                            update: (cache) => {
                              const id = cache.identify({ __typename: 'AgendaItem', id: item.id });
                              if (id) cache.evict({ id });
                              cache.gc();
                            },
                          }).catch(() => undefined)
                        }
                      >
                        {t('app.remove')}
                      </button>
                    )}
                  </div>
                )}
              </div>
              {item.description && <p className="note">{item.description}</p>}
              <p className={styles.meetingMeta}>
                {item.author && <span>{item.author.name}</span>}
                {item.sourceType && item.sourceUrl && (
                  <Link to={item.sourceUrl} aria-label={t('agenda.openSource', { title: item.title })}>
                    {t('agenda.source', { kind: t(`agendaSource.${item.sourceType}`) })}
                  </Link>
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
      <FormError error={reordering.error ?? removing.error} />
      {status && <StatusMessage>{status}</StatusMessage>}
      {meeting.viewerCan.addAgendaItem && (
        <Disclosure label={t('agenda.add')}>{() => <AddAgendaItemForm meetingId={meeting.id} onAdded={(title) => setStatus(t('agenda.added', { title }))} />}</Disclosure>
      )}
      {meeting.viewerCan.manage && meeting.status === 'SCHEDULED' && (
        <section className="subsection" aria-labelledby="proposals-heading">
          <h3 id="proposals-heading">{t('agenda.proposals')}</h3>
          <Proposals meetingId={meeting.id} onAdded={(title) => setStatus(t('agenda.added', { title }))} />
        </section>
      )}
    </section>
  );
}
