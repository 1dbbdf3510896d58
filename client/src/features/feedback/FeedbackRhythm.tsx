import { useMutation } from '@apollo/client/react';
import { FEEDBACK_RHYTHMS, type FeedbackRhythm as Rhythm } from '@partner-hub/shared';
import { useState, type FormEvent } from 'react';
import { todayInBrussels } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { Disclosure } from '../../ui/Disclosure';
import { SelectField, TextField } from '../../ui/Fields';
import { FormError, StatusMessage } from '../../ui/FormError';

export const FeedbackRhythm_settings = graphql(`
  fragment FeedbackRhythm_settings on FeedbackSettings {
    partnershipId
    rhythm
    startDate
    viewerCanSet
  }
`);

export const SetFeedbackScheduleDocument = graphql(`
  mutation SetFeedbackSchedule($input: SetFeedbackScheduleInput!) {
    setFeedbackSchedule(input: $input) {
      partnershipId
      ...FeedbackRhythm_settings
    }
  }
`);

function RhythmForm({ partnershipId, rhythm, startDate, onDone, onSaved }: { partnershipId: string; rhythm: Rhythm | null; startDate: string | null; onDone: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const [value, setValue] = useState<Rhythm | ''>(rhythm ?? '');
  // A new rhythm starts with this month unless the contact person picks another day.
  const [start, setStart] = useState(startDate ?? `${todayInBrussels().slice(0, 7)}-01`);
  const [startMissing, setStartMissing] = useState(false);
  const [save, { loading, error }] = useMutation(SetFeedbackScheduleDocument, {
    // A new rhythm makes rounds: the section's list is asked again.
    refetchQueries: ['FeedbackSection'],
    awaitRefetchQueries: true,
  });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (value && !start) {
      setStartMissing(true);
      return;
    }
    try {
      await save({ variables: { input: { partnershipId, rhythm: value || null, startDate: value ? start : null } } });
      onSaved();
      onDone();
    } catch {
      // shown below
    }
  };

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('feedback.changeRhythm')}>
      <div className="grid grid-2">
        <SelectField<Rhythm>
          label={t('feedback.rhythm')}
          value={value}
          onChange={setValue}
          placeholder={t('feedback.rhythmNone')}
          options={FEEDBACK_RHYTHMS.map((r) => ({ value: r, label: t(`feedbackRhythm.${r}`) }))}
        />
        {value && (
          <TextField
            type="date"
            label={t('feedback.startDate')}
            value={start}
            onChange={(v) => {
              setStart(v);
              setStartMissing(false);
            }}
            errors={startMissing ? [t('feedback.startDateRequired')] : undefined}
            required
          />
        )}
      </div>
      <FormError error={error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {t('feedback.saveRhythm')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The partnership's feedback rhythm; the contact person, deputy and admins may change it. */
export function FeedbackRhythm({ settings: settingsRef }: { settings: FragmentType<typeof FeedbackRhythm_settings> }) {
  const { t, formatDate } = useI18n();
  const settings = getFragmentData(FeedbackRhythm_settings, settingsRef);
  const [saved, setSaved] = useState(false);
  return (
    <div className="feedback-rhythm">
      <dl className="details">
        <div>
          <dt>{t('feedback.rhythm')}</dt>
          <dd data-testid="feedback-rhythm">
            {settings.rhythm && settings.startDate ? t('feedback.rhythmSummary', { rhythm: t(`feedbackRhythm.${settings.rhythm}`), date: formatDate(settings.startDate) }) : t('feedback.noRhythm')}
          </dd>
        </div>
      </dl>
      <StatusMessage>{saved ? t('feedback.rhythmSaved') : null}</StatusMessage>
      {settings.viewerCanSet && (
        <Disclosure label={t('feedback.changeRhythm')}>
          {(close) => <RhythmForm partnershipId={settings.partnershipId} rhythm={settings.rhythm} startDate={settings.startDate} onDone={close} onSaved={() => setSaved(true)} />}
        </Disclosure>
      )}
    </div>
  );
}
