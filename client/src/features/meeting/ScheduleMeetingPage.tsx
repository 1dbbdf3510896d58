import { useMutation, useQuery } from '@apollo/client/react';
import { MEETING_KINDS, type MeetingKind } from '@partner-hub/shared';
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { messagesForField, describeError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { graphql } from '../../gql';
import { Forbidden, InlineError, Loading } from '../../ui/Feedback';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../ui/Fields';
import { FormError } from '../../ui/FormError';
import { usePageTitle } from '../../ui/usePageTitle';
import { InviteePicker } from './InviteePicker';
import { MeetingTimeFields, newTimeDraft, resolveTimes, type TimeDraft } from './MeetingTimeFields';
import styles from './meeting.module.css';

export const ScheduleOptionsDocument = graphql(`
  query ScheduleOptions {
    partnerships(first: 100) {
      edges {
        cursor
        node {
          id
          name
          contactPerson {
            id
          }
          deputy {
            id
          }
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

export const ScheduleMeetingDocument = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      id
      title
    }
  }
`);

/** Place, online link, or both (the API needs at least one). */
export function PlaceFields({
  place,
  onlineUrl,
  onPlace,
  onOnlineUrl,
  errors,
}: {
  place: string;
  onlineUrl: string;
  onPlace: (v: string) => void;
  onOnlineUrl: (v: string) => void;
  errors?: { place?: string[]; onlineUrl?: string[] };
}) {
  const t = useT();
  return (
    <fieldset className="fieldset">
      <legend>{t('meeting.where')}</legend>
      <p className="hint">{t('schedule.placeOrLink')}</p>
      <div className="grid grid-2">
        <TextField label={t('schedule.place')} value={place} onChange={onPlace} hint={t('schedule.placeHint')} maxLength={300} errors={errors?.place} optional />
        <TextField
          label={t('schedule.onlineUrl')}
          type="url"
          inputMode="url"
          value={onlineUrl}
          onChange={onOnlineUrl}
          hint={t('schedule.onlineUrlHint')}
          maxLength={500}
          errors={errors?.onlineUrl}
          optional
        />
      </div>
    </fieldset>
  );
}

/** /meetings/new: Fedasil staff schedule an evaluation (one partnership) or a consultation (several). */
export function ScheduleMeetingPage() {
  const t = useT();
  const { me } = useViewer();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  usePageTitle(t('schedule.title'));
  const kindName = useId();
  const options = useQuery(ScheduleOptionsDocument);
  const [kind, setKind] = useState<MeetingKind>(params.get('kind') === 'CONSULTATION' ? 'CONSULTATION' : 'EVALUATION');
  const [partnershipIds, setPartnershipIds] = useState<string[]>(() => (params.get('partnershipId') ? [params.get('partnershipId')!] : []));
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [time, setTime] = useState<TimeDraft>(() => newTimeDraft());
  const [place, setPlace] = useState('');
  const [onlineUrl, setOnlineUrl] = useState('');
  const [inviteeIds, setInviteeIds] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [schedule, { loading, error }] = useMutation(ScheduleMeetingDocument, { refetchQueries: ['Meetings', 'PartnershipMeetings'] });

  if (!me) return <Loading />;
  if (me.role !== 'ADMIN' && me.role !== 'CONTACT_PERSON') return <Forbidden />;

  const all = options.data?.partnerships.edges.map((e) => e.node) ?? [];
  // Those the viewer may schedule for: admins all, a contact person their own (as contact or deputy).
  const schedulable = all.filter((p) => me.role === 'ADMIN' || p.contactPerson?.id === me.id || p.deputy?.id === me.id);
  const chosen = schedulable.filter((p) => partnershipIds.includes(p.id));
  const contactIds = kind === 'EVALUATION' ? chosen.map((p) => p.contactPerson?.id).filter((id): id is string => Boolean(id)) : [];
  const described = error ? describeError(error, t) : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const times = resolveTimes(time);
    const ids = kind === 'EVALUATION' ? partnershipIds.slice(0, 1) : partnershipIds;
    const missing = !title.trim()
      ? 'schedule.needTitle'
      : ids.length === 0
        ? 'schedule.needPartnership'
        : 'problem' in times
          ? times.problem
          : !place.trim() && !onlineUrl.trim()
            ? 'schedule.placeOrLink'
            : null;
    if (missing) {
      setProblem(t(missing));
      return;
    }
    if ('problem' in times) return;
    setProblem(null);
    try {
      const { data } = await schedule({
        variables: {
          input: {
            kind,
            title: title.trim(),
            description: description.trim() || null,
            partnershipIds: ids,
            startsAt: times.startsAt,
            endsAt: times.endsAt,
            place: place.trim() || null,
            onlineUrl: onlineUrl.trim() || null,
            inviteeIds: [...new Set([...inviteeIds, ...contactIds])],
          },
        },
      });
      if (data) await navigate(`/meetings/${data.scheduleMeeting.id}`);
    } catch {
      // shown by FormError
    }
  };

  return (
    <div className="page page-narrow">
      <p className="breadcrumb">
        <Link to="/meetings">{t('meetings.all')}</Link>
      </p>
      <h1 id="schedule-title">{t('schedule.title')}</h1>
      {options.loading && !options.data ? (
        <Loading />
      ) : options.error && !options.data ? (
        <InlineError error={options.error} />
      ) : (
        <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="schedule-title">
          <fieldset className="fieldset">
            <legend>{t('schedule.kind')}</legend>
            <div className={styles.ratingOptions}>
              {MEETING_KINDS.map((k) => (
                <label key={k}>
                  <input
                    type="radio"
                    name={kindName}
                    checked={kind === k}
                    onChange={() => {
                      setKind(k);
                      if (k === 'EVALUATION') setPartnershipIds((ids) => ids.slice(0, 1));
                    }}
                  />
                  {t(`meetingKind.${k}`)}
                </label>
              ))}
            </div>
          </fieldset>

          {kind === 'EVALUATION' ? (
            <SelectField
              label={t('schedule.partnership')}
              hint={t('schedule.evaluationHint')}
              value={partnershipIds[0] ?? ''}
              onChange={(id) => setPartnershipIds(id ? [id] : [])}
              placeholder={t('schedule.choosePartnership')}
              options={schedulable.filter((p) => p.contactPerson).map((p) => ({ value: p.id, label: p.name }))}
              required
            />
          ) : (
            <fieldset className="fieldset">
              <legend>{t('schedule.partnerships')}</legend>
              <p className="hint">{t('schedule.consultationHint')}</p>
              <div className="checkbox-list">
                {schedulable.map((p) => (
                  <CheckboxField
                    key={p.id}
                    label={p.name}
                    checked={partnershipIds.includes(p.id)}
                    onChange={(on) => setPartnershipIds((ids) => (on ? [...ids, p.id] : ids.filter((id) => id !== p.id)))}
                  />
                ))}
              </div>
            </fieldset>
          )}

          <TextField label={t('schedule.meetingTitle')} value={title} onChange={setTitle} hint={t('schedule.titleHint')} required maxLength={200} errors={messagesForField(described, 'title')} />
          <TextAreaField label={t('schedule.description')} value={description} onChange={setDescription} optional />
          <MeetingTimeFields value={time} onChange={setTime} />
          <PlaceFields place={place} onlineUrl={onlineUrl} onPlace={setPlace} onOnlineUrl={setOnlineUrl} errors={{ onlineUrl: messagesForField(described, 'onlineUrl') }} />
          <InviteePicker partnershipIds={kind === 'EVALUATION' ? partnershipIds.slice(0, 1) : partnershipIds} selected={inviteeIds} onChange={setInviteeIds} alwaysInvited={[me.id, ...contactIds]} />
          <FormError error={error} message={problem} />
          <button type="submit" className="button button-primary" disabled={loading}>
            {t('schedule.submit')}
          </button>
        </form>
      )}
    </div>
  );
}
