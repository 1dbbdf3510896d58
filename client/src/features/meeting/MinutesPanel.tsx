import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { ATTENDANCES, type Attendance } from '@partner-hub/shared';
import { useState, type FormEvent } from 'react';
import { useT } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { EmptyState } from '../../ui/Feedback';
import { SelectField, TextAreaField } from '../../ui/Fields';
import { FormError, StatusMessage } from '../../ui/FormError';
import { TableWrap } from '../../ui/TableWrap';
import styles from './meeting.module.css';

export const MinutesPanel_meeting = graphql(`
  fragment MinutesPanel_meeting on Meeting {
    id
    viewerCan {
      manage
    }
    invitees {
      id
      attendance
      response
      user {
        id
        name
        organisation {
          id
          name
        }
      }
    }
    agenda {
      id
      position
      title
      notes
    }
    decisions {
      id
      text
      agendaItemId
      createdAt
    }
  }
`);

export const RecordAttendanceDocument = graphql(`
  mutation RecordAttendance($meetingId: ID!, $entries: [AttendanceInput!]!) {
    recordAttendance(meetingId: $meetingId, entries: $entries) {
      id
      invitees {
        id
        attendance
      }
    }
  }
`);

export const SaveAgendaNotesDocument = graphql(`
  mutation SaveAgendaNotes($id: ID!, $notes: String!) {
    updateAgendaItem(id: $id, input: { notes: $notes }) {
      id
      notes
    }
  }
`);

export const RemoveDecisionDocument = graphql(`
  mutation RemoveDecision($id: ID!) {
    removeDecision(id: $id)
  }
`);

export const AddDecisionDocument = graphql(`
  mutation AddDecision($meetingId: ID!, $input: DecisionInput!) {
    addDecision(meetingId: $meetingId, input: $input) {
      id
      text
      agendaItemId
      createdAt
    }
  }
`);

type Invitee = { id: string; attendance: Attendance | null; user: { id: string; name: string; organisation: { name: string } | null } };

function AttendanceForm({ meetingId, invitees, canEdit }: { meetingId: string; invitees: readonly Invitee[]; canEdit: boolean }) {
  const t = useT();
  const [values, setValues] = useState<Record<string, Attendance | ''>>(() => Object.fromEntries(invitees.map((i) => [i.user.id, i.attendance ?? ''])));
  const [saved, setSaved] = useState(false);
  const [record, { loading, error }] = useMutation(RecordAttendanceDocument);

  if (!canEdit) {
    return (
      <TableWrap label={t('minutes.attendance')}>
        <table className="responsive-table">
          <thead>
            <tr>
              <th scope="col">{t('col.name')}</th>
              <th scope="col">{t('minutes.attendance')}</th>
            </tr>
          </thead>
          <tbody>
            {invitees.map((i) => (
              <tr key={i.id}>
                <th scope="row" data-label={t('col.name')}>
                  {i.user.name}
                </th>
                <td data-label={t('minutes.attendance')}>{i.attendance ? t(`attendance.${i.attendance}`) : <span className="muted">{t('minutes.notRecorded')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const entries = Object.entries(values)
      .filter((entry): entry is [string, Attendance] => entry[1] !== '')
      .map(([userId, attendance]) => ({ userId, attendance }));
    try {
      await record({ variables: { meetingId, entries } });
      setSaved(true);
    } catch {
      // shown by FormError
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} aria-label={t('minutes.attendance')}>
      <div className={styles.inviteeGroups}>
        {invitees.map((i) => (
          <SelectField<Attendance>
            key={i.id}
            label={i.user.organisation ? `${i.user.name} (${i.user.organisation.name})` : i.user.name}
            value={values[i.user.id] ?? ''}
            onChange={(v) => setValues((current) => ({ ...current, [i.user.id]: v }))}
            placeholder={t('minutes.notRecorded')}
            options={ATTENDANCES.map((a) => ({ value: a, label: t(`attendance.${a}`) }))}
          />
        ))}
      </div>
      <FormError error={error} />
      {saved && !error && <StatusMessage>{t('minutes.attendanceSaved')}</StatusMessage>}
      <button type="submit" className="button button-primary" disabled={loading}>
        {t('minutes.saveAttendance')}
      </button>
    </form>
  );
}

function AgendaNotes({ item, canEdit }: { item: { id: string; title: string; notes: string | null; position: number }; canEdit: boolean }) {
  const t = useT();
  const [notes, setNotes] = useState(item.notes ?? '');
  const [saved, setSaved] = useState(false);
  const [save, { loading, error }] = useMutation(SaveAgendaNotesDocument);
  if (!canEdit) {
    return (
      <div className={styles.agendaItem}>
        <h4 className={styles.agendaItemTitle}>{item.title}</h4>
        {item.notes ? <p className="note">{item.notes}</p> : <p className="muted">{t('minutes.notRecorded')}</p>}
      </div>
    );
  }
  return (
    <form
      className={`form ${styles.agendaItem}`}
      aria-label={t('agenda.notesFor', { title: item.title })}
      onSubmit={(e) =>
        void (async () => {
          e.preventDefault();
          setSaved(false);
          try {
            await save({ variables: { id: item.id, notes } });
            setSaved(true);
          } catch {
            // shown by FormError
          }
        })()
      }
    >
      <TextAreaField label={t('agenda.notesFor', { title: item.title })} value={notes} onChange={setNotes} rows={3} />
      <FormError error={error} />
      {saved && !error && <StatusMessage>{t('minutes.notesSaved', { title: item.title })}</StatusMessage>}
      <button type="submit" className="button button-secondary button-small" disabled={loading}>
        {t('minutes.saveNotes')}
      </button>
    </form>
  );
}

function AddDecisionForm({ meetingId, agenda }: { meetingId: string; agenda: readonly { id: string; title: string }[] }) {
  const t = useT();
  const [text, setText] = useState('');
  const [agendaItemId, setAgendaItemId] = useState('');
  const [saved, setSaved] = useState(false);
  const [add, { loading, error }] = useMutation(AddDecisionDocument, {
    update: (cache, { data }) => {
      const decision = data?.addDecision;
      const id = cache.identify({ __typename: 'Meeting', id: meetingId });
      const decisionId = decision && cache.identify({ __typename: 'MeetingDecision', id: decision.id });
      if (!decision || !id || !decisionId) return;
      cache.modify({
        id,
        fields: {
          decisions: (existing: unknown, { readField, toReference }) => {
            if (!Array.isArray(existing)) return existing;
            const list = existing as readonly Reference[];
            if (list.some((r) => readField('id', r) === decision.id)) return list;
            const ref = toReference(decisionId);
            return ref ? [...list, ref] : list;
          },
        },
      });
    },
  });
  return (
    <form
      className="form"
      aria-label={t('minutes.addDecision')}
      onSubmit={(e) =>
        void (async () => {
          e.preventDefault();
          setSaved(false);
          if (!text.trim()) return;
          try {
            await add({ variables: { meetingId, input: { text: text.trim(), agendaItemId: agendaItemId || null } } });
            setText('');
            setAgendaItemId('');
            setSaved(true);
          } catch {
            // shown by FormError
          }
        })()
      }
    >
      <TextAreaField label={t('minutes.decision')} value={text} onChange={setText} required rows={2} />
      {agenda.length > 0 && (
        <SelectField
          label={t('minutes.agendaItem')}
          value={agendaItemId}
          onChange={setAgendaItemId}
          placeholder={t('minutes.noAgendaItem')}
          options={agenda.map((a) => ({ value: a.id, label: a.title }))}
          optional
        />
      )}
      <FormError error={error} />
      {saved && !error && <StatusMessage>{t('minutes.decisionAdded')}</StatusMessage>}
      <button type="submit" className="button button-primary" disabled={loading || !text.trim()}>
        {t('minutes.addDecision')}
      </button>
    </form>
  );
}

/** The minutes: attendance per invitee, notes per agenda item and decisions (recorded by the Fedasil staff of the meeting). */
export function MinutesPanel({ meeting: ref }: { meeting: FragmentType<typeof MinutesPanel_meeting> }) {
  const t = useT();
  const meeting = getFragmentData(MinutesPanel_meeting, ref);
  const canEdit = meeting.viewerCan.manage;
  const agenda = [...meeting.agenda].sort((a, b) => a.position - b.position);
  const titleOf = (id: string | null) => agenda.find((a) => a.id === id)?.title;
  const [removeDecision, removing] = useMutation(RemoveDecisionDocument);

  return (
    <section className="section" aria-labelledby="minutes-heading">
      <h2 id="minutes-heading">{t('minutes.title')}</h2>
      <p className="muted">{t('minutes.intro')}</p>

      <h3 id="attendance-heading">{t('minutes.attendance')}</h3>
      <AttendanceForm key={meeting.invitees.map((i) => i.id).join(',')} meetingId={meeting.id} invitees={meeting.invitees} canEdit={canEdit} />

      <h3>{t('agenda.notes')}</h3>
      {agenda.length === 0 ? (
        <p className="muted">{t('agenda.empty')}</p>
      ) : (
        <div className={styles.agendaList}>
          {agenda.map((item) => (
            <AgendaNotes key={item.id} item={item} canEdit={canEdit} />
          ))}
        </div>
      )}

      <h3 id="decisions-heading">{t('minutes.decisions')}</h3>
      {meeting.decisions.length === 0 ? (
        <EmptyState>
          <p>{t('minutes.noDecisions')}</p>
        </EmptyState>
      ) : (
        <ul className={styles.decisionList} aria-labelledby="decisions-heading">
          {meeting.decisions.map((d) => (
            <li key={d.id} className={styles.agendaItem} data-testid="decision">
              <p className="note">{d.text}</p>
              {d.agendaItemId && titleOf(d.agendaItemId) && <p className={styles.meetingMeta}>{titleOf(d.agendaItemId)}</p>}
              {canEdit && (
                <button
                  type="button"
                  className="button button-small button-danger-outline"
                  aria-label={t('minutes.removeDecision', { text: d.text.length > 60 ? `${d.text.slice(0, 60)}…` : d.text })}
                  disabled={removing.loading}
                  onClick={() =>
                    void removeDecision({
                      variables: { id: d.id },
                      update: (cache) => {
                        const id = cache.identify({ __typename: 'MeetingDecision', id: d.id });
                        if (id) cache.evict({ id });
                        cache.gc();
                      },
                    }).catch(() => undefined)
                  }
                >
                  {t('app.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormError error={removing.error} />
      {canEdit && <AddDecisionForm meetingId={meeting.id} agenda={agenda} />}
    </section>
  );
}
