import { useMutation, useQuery } from '@apollo/client/react';
import { EMAIL_MODES, type EmailMode, type NotificationKind } from '@partner-hub/shared';
import { useState, type FormEvent } from 'react';
import { useT } from '../../app/i18n';
import { graphql } from '../../gql';
import { InlineError, Loading } from '../../ui/Feedback';
import { SelectField, TextField } from '../../ui/Fields';
import { FormError, StatusMessage } from '../../ui/FormError';

export const EmailSettingsDocument = graphql(`
  query EmailSettings {
    emailSettings {
      id
      digestTime
      kinds {
        kind
        mode
        isDefault
      }
    }
  }
`);

export const SetEmailPreferenceDocument = graphql(`
  mutation SetEmailPreference($kind: NotificationKind!, $mode: EmailMode!) {
    setEmailPreference(kind: $kind, mode: $mode) {
      id
      digestTime
      kinds {
        kind
        mode
        isDefault
      }
    }
  }
`);

export const SetDigestTimeDocument = graphql(`
  mutation SetDigestTime($time: String!) {
    setDigestTime(time: $time) {
      id
      digestTime
    }
  }
`);

/** How the viewer is told by email, per kind (at once, in the daily digest, or not), and when the digest goes out. */
export function EmailSettings() {
  const t = useT();
  const { data, loading, error } = useQuery(EmailSettingsDocument);
  const [setMode, settingMode] = useMutation(SetEmailPreferenceDocument);
  const [setTime, settingTime] = useMutation(SetDigestTimeDocument);
  const [saved, setSaved] = useState<NotificationKind | 'time' | null>(null);
  const [time, setTimeValue] = useState('');
  const stored = data?.emailSettings.digestTime;
  // The stored time, once loaded or changed elsewhere, replaces the field's (adjusted while rendering).
  const [shownStored, setShownStored] = useState<string | undefined>(undefined);
  if (stored !== shownStored) {
    setShownStored(stored);
    if (stored) setTimeValue(stored);
  }

  const options = EMAIL_MODES.map((mode) => ({ value: mode, label: t(`emailSettings.mode.${mode}`) }));

  const onSaveTime = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    try {
      await setTime({ variables: { time } });
      setSaved('time');
    } catch {
      // shown below
    }
  };

  return (
    <section className="section" aria-labelledby="email-settings-heading">
      <h2 id="email-settings-heading">{t('emailSettings.title')}</h2>
      <p>{t('emailSettings.intro')}</p>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <InlineError error={error} />
      ) : data ? (
        <>
          <fieldset className="fieldset email-settings">
            <legend>{t('emailSettings.legend')}</legend>
            {data.emailSettings.kinds.map((k) => (
              <SelectField<EmailMode>
                key={k.kind}
                name={`email-${k.kind}`}
                label={t(`notificationKind.${k.kind}`)}
                hint={k.isDefault ? t('emailSettings.default') : undefined}
                value={k.mode}
                options={options}
                onChange={(mode) =>
                  void (async () => {
                    setSaved(null);
                    try {
                      await setMode({ variables: { kind: k.kind, mode } });
                      setSaved(k.kind);
                    } catch {
                      // shown below
                    }
                  })()
                }
              />
            ))}
          </fieldset>
          <form className="form" onSubmit={(e) => void onSaveTime(e)} noValidate>
            <TextField label={t('emailSettings.digestTime')} hint={t('emailSettings.digestHint')} type="time" name="digestTime" value={time} onChange={setTimeValue} required />
            <div className="button-row">
              <button type="submit" className="button button-secondary" disabled={settingTime.loading}>
                {t('emailSettings.saveTime')}
              </button>
            </div>
          </form>
        </>
      ) : null}
      <FormError error={settingMode.error ?? settingTime.error} />
      <StatusMessage>{saved ? t('emailSettings.saved') : null}</StatusMessage>
    </section>
  );
}
