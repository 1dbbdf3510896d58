import { useMutation, useQuery } from '@apollo/client/react';
import type { NotificationKind } from '@partner-hub/shared';
import { useState } from 'react';
import { useT } from '../../app/i18n';
import { graphql } from '../../gql';
import { InlineError, Loading } from '../../ui/Feedback';
import { CheckboxField } from '../../ui/Fields';
import { FormError, StatusMessage } from '../../ui/FormError';

export const NotificationPreferencesDocument = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      enabled
    }
  }
`);

export const SetNotificationPreferenceDocument = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $enabled: Boolean!) {
    setNotificationPreference(kind: $kind, enabled: $enabled) {
      kind
      enabled
    }
  }
`);

/** Which kinds of notification the viewer gets: one checkbox per kind, saved as it changes. */
export function NotificationPreferences() {
  const t = useT();
  const { data, loading, error } = useQuery(NotificationPreferencesDocument);
  const [saved, setSaved] = useState<NotificationKind | null>(null);
  const [setPreference, saving] = useMutation(SetNotificationPreferenceDocument);

  return (
    <section className="section" aria-labelledby="notification-prefs-heading">
      <h2 id="notification-prefs-heading">{t('notificationPrefs.title')}</h2>
      <p>{t('notificationPrefs.intro')}</p>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <InlineError error={error} />
      ) : (
        <fieldset className="fieldset notification-prefs">
          <legend>{t('notificationPrefs.legend')}</legend>
          <div className="checkbox-list">
            {data?.notificationPreferences.map((p) => (
              <CheckboxField
                key={p.kind}
                label={t(`notificationKind.${p.kind}`)}
                checked={p.enabled}
                onChange={(enabled) =>
                  void (async () => {
                    setSaved(null);
                    try {
                      await setPreference({
                        variables: { kind: p.kind, enabled },
                        optimisticResponse: { setNotificationPreference: { __typename: 'NotificationPreferenceSetting', kind: p.kind, enabled } },
                      });
                      setSaved(p.kind);
                    } catch {
                      // shown below
                    }
                  })()
                }
              />
            ))}
          </div>
        </fieldset>
      )}
      <FormError error={saving.error} />
      <StatusMessage>{saved ? t('notificationPrefs.saved') : null}</StatusMessage>
    </section>
  );
}
