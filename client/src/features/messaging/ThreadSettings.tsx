import { useMutation } from '@apollo/client/react';
import { useT } from '../../app/i18n';
import { InlineError } from '../../ui/Feedback';
import { MuteThreadDocument, ThreadPageDocument, UpdateMessagingSettingsDocument } from './threadDocuments';

/** The viewer's own settings: mute this thread, and read receipts (for all threads). */
export function ThreadSettings({ threadId, muted, sendReadReceipts }: { threadId: string; muted: boolean; sendReadReceipts: boolean }) {
  const t = useT();
  const [mute, muteState] = useMutation(MuteThreadDocument);
  const [updateSettings, settingsState] = useMutation(UpdateMessagingSettingsDocument, {
    update(cache, { data }) {
      if (!data) return;
      cache.updateQuery({ query: ThreadPageDocument, variables: { id: threadId } }, (current) =>
        current ? { ...current, messagingSettings: { ...current.messagingSettings, sendReadReceipts: data.updateMessagingSettings.sendReadReceipts } } : current,
      );
    },
  });
  return (
    <section className="section" aria-labelledby="thread-settings-heading">
      <h2 id="thread-settings-heading">{t('thread.settings')}</h2>
      <div className="field field-checkbox">
        <input
          id="thread-mute"
          type="checkbox"
          checked={muted}
          disabled={muteState.loading}
          aria-describedby="thread-mute-hint"
          onChange={(e) => void mute({ variables: { threadId, muted: e.target.checked } }).catch(() => undefined)}
        />
        <label htmlFor="thread-mute">{t('thread.mute')}</label>
      </div>
      <p className="hint" id="thread-mute-hint">
        {t('thread.muteHint')}
      </p>
      <div className="field field-checkbox">
        <input
          id="thread-receipts"
          type="checkbox"
          checked={sendReadReceipts}
          disabled={settingsState.loading}
          aria-describedby="thread-receipts-hint"
          onChange={(e) => void updateSettings({ variables: { sendReadReceipts: e.target.checked } }).catch(() => undefined)}
        />
        <label htmlFor="thread-receipts">{t('thread.readReceipts')}</label>
      </div>
      <p className="hint" id="thread-receipts-hint">
        {t('thread.readReceiptsHint')}
      </p>
      {(muteState.error || settingsState.error) && <InlineError error={muteState.error ?? settingsState.error} />}
    </section>
  );
}
