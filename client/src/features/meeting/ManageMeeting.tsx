import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { describeError, messagesForField } from '../../app/errors';
import { useT } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { ManageMeeting_MeetingFragment } from '../../gql/graphql';
import { Disclosure } from '../../ui/Disclosure';
import { TextAreaField, TextField } from '../../ui/Fields';
import { FormError, StatusMessage } from '../../ui/FormError';
import { InviteePicker } from './InviteePicker';
import { MeetingTimeFields, resolveTimes, timeDraftFrom, type TimeDraft } from './MeetingTimeFields';
import { PlaceFields } from './ScheduleMeetingPage';

export const ManageMeeting_meeting = graphql(`
  fragment ManageMeeting_meeting on Meeting {
    id
    kind
    status
    title
    description
    startsAtLocal
    endsAtLocal
    place
    onlineUrl
    partnerships {
      id
      contactPerson {
        id
      }
    }
    createdBy {
      id
    }
    invitees {
      id
      user {
        id
      }
    }
    viewerCan {
      manage
    }
  }
`);

export const UpdateMeetingDocument = graphql(`
  mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!) {
    updateMeeting(id: $id, input: $input) {
      id
      ...MeetingPage_meeting
    }
  }
`);

export const CancelMeetingDocument = graphql(`
  mutation CancelMeeting($id: ID!, $reason: String) {
    cancelMeeting(id: $id, reason: $reason) {
      id
      ...MeetingPage_meeting
    }
  }
`);

type Meeting = ManageMeeting_MeetingFragment;

function RescheduleForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const t = useT();
  const [title, setTitle] = useState(meeting.title);
  const [description, setDescription] = useState(meeting.description ?? '');
  const [time, setTime] = useState<TimeDraft>(() => timeDraftFrom(meeting.startsAtLocal, meeting.endsAtLocal));
  const [place, setPlace] = useState(meeting.place ?? '');
  const [onlineUrl, setOnlineUrl] = useState(meeting.onlineUrl ?? '');
  const [inviteeIds, setInviteeIds] = useState<string[]>(() => meeting.invitees.map((i) => i.user.id));
  const [problem, setProblem] = useState<string | null>(null);
  const [update, { loading, error }] = useMutation(UpdateMeetingDocument);
  const fixed = [meeting.createdBy?.id, ...(meeting.kind === 'EVALUATION' ? meeting.partnerships.map((p) => p.contactPerson?.id) : [])].filter((id): id is string => Boolean(id));
  const described = error ? describeError(error, t) : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const times = resolveTimes(time);
    if ('problem' in times) {
      setProblem(t(times.problem));
      return;
    }
    if (!title.trim()) {
      setProblem(t('schedule.needTitle'));
      return;
    }
    if (!place.trim() && !onlineUrl.trim()) {
      setProblem(t('schedule.placeOrLink'));
      return;
    }
    setProblem(null);
    try {
      await update({
        variables: {
          id: meeting.id,
          input: {
            title: title.trim(),
            description: description.trim(),
            startsAt: times.startsAt,
            endsAt: times.endsAt,
            place: place.trim(),
            onlineUrl: onlineUrl.trim(),
            inviteeIds: [...new Set([...inviteeIds, ...fixed])],
          },
        },
      });
      onDone();
    } catch {
      // shown by FormError
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('meeting.reschedule')}>
      <TextField label={t('schedule.meetingTitle')} value={title} onChange={setTitle} required maxLength={200} errors={messagesForField(described, 'title')} />
      <TextAreaField label={t('schedule.description')} value={description} onChange={setDescription} optional />
      <MeetingTimeFields value={time} onChange={setTime} />
      <PlaceFields place={place} onlineUrl={onlineUrl} onPlace={setPlace} onOnlineUrl={setOnlineUrl} errors={{ onlineUrl: messagesForField(described, 'onlineUrl') }} />
      <InviteePicker partnershipIds={meeting.partnerships.map((p) => p.id)} selected={inviteeIds} onChange={setInviteeIds} alwaysInvited={fixed} />
      <FormError error={error} message={problem} />
      <button type="submit" className="button button-primary" disabled={loading}>
        {t('meeting.rescheduleSubmit')}
      </button>
    </form>
  );
}

/** Reschedule / change and cancel, for the Fedasil staff of the meeting while it is on. */
export function ManageMeeting({ meeting: ref }: { meeting: FragmentType<typeof ManageMeeting_meeting> }) {
  const t = useT();
  const meeting = getFragmentData(ManageMeeting_meeting, ref);
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [cancel, cancelling] = useMutation(CancelMeetingDocument);
  if (!meeting.viewerCan.manage || meeting.status !== 'SCHEDULED') return status ? <StatusMessage>{status}</StatusMessage> : null;

  return (
    <div className="subsection">
      <div className="button-row">
        <Disclosure label={t('meeting.reschedule')}>
          {(close) => (
            <RescheduleForm
              meeting={meeting}
              onDone={() => {
                close();
                setStatus(t('meeting.rescheduled'));
              }}
            />
          )}
        </Disclosure>
        <Disclosure label={t('meeting.cancel')}>
          {() => (
            <div className="form">
              <p>{t('meeting.cancelConfirm')}</p>
              <TextAreaField label={t('meeting.cancelReasonLabel')} value={reason} onChange={setReason} optional rows={2} />
              <button
                type="button"
                className="button button-danger"
                disabled={cancelling.loading}
                onClick={() =>
                  void (async () => {
                    try {
                      await cancel({ variables: { id: meeting.id, reason: reason.trim() || null } });
                      setStatus(t('meeting.cancelled'));
                    } catch {
                      // shown by FormError
                    }
                  })()
                }
              >
                {t('meeting.cancelYes')}
              </button>
              <FormError error={cancelling.error} />
            </div>
          )}
        </Disclosure>
      </div>
      {status && <StatusMessage>{status}</StatusMessage>}
    </div>
  );
}
