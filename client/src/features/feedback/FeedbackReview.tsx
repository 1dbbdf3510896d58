import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useT } from '../../app/i18n';
import { graphql } from '../../gql';
import { TextAreaField } from '../../ui/Fields';
import { FormError } from '../../ui/FormError';

export const AcceptFeedbackRoundDocument = graphql(`
  mutation AcceptFeedbackRound($id: ID!, $note: String) {
    acceptFeedbackRound(id: $id, note: $note) {
      id
      ...FeedbackRoundItem_round
    }
  }
`);

export const SendBackFeedbackRoundDocument = graphql(`
  mutation SendBackFeedbackRound($id: ID!, $note: String!) {
    sendBackFeedbackRound(id: $id, note: $note) {
      id
      ...FeedbackRoundItem_round
    }
  }
`);

/**
 * The contact person's review of a submitted round: accept it (a note is optional), or send it
 * back with a note saying what to revise (required, checked here and by the API).
 */
export function FeedbackReview({ roundId, onReviewed }: { roundId: string; onReviewed?: (outcome: 'ACCEPTED' | 'SENT_BACK') => void }) {
  const t = useT();
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const [accept, accepting] = useMutation(AcceptFeedbackRoundDocument);
  const [sendBack, sendingBack] = useMutation(SendBackFeedbackRoundDocument);
  const busy = accepting.loading || sendingBack.loading;

  const onAccept = async () => {
    setNoteMissing(false);
    sendingBack.reset();
    try {
      await accept({ variables: { id: roundId, note: note.trim() ? note : null } });
      onReviewed?.('ACCEPTED');
    } catch {
      // shown from the mutation's error
    }
  };

  const onSendBack = async () => {
    accepting.reset();
    if (!note.trim()) {
      setNoteMissing(true);
      return;
    }
    setNoteMissing(false);
    try {
      await sendBack({ variables: { id: roundId, note } });
      onReviewed?.('SENT_BACK');
    } catch {
      // shown from the mutation's error
    }
  };

  return (
    <form className="form feedback-review" aria-label={t('feedback.reviewTitle')} noValidate onSubmit={(e) => e.preventDefault()}>
      <TextAreaField
        label={t('feedback.reviewNoteInput')}
        hint={t('feedback.reviewNoteHint')}
        value={note}
        onChange={(v) => {
          setNote(v);
          if (v.trim()) setNoteMissing(false);
        }}
        errors={noteMissing ? [t('feedback.sendBackNoteRequired')] : undefined}
        rows={3}
      />
      <FormError error={accepting.error ?? sendingBack.error} />
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void onAccept()}>
          {t('feedback.accept')}
        </button>
        <button type="button" className="button button-danger-outline" disabled={busy} onClick={() => void onSendBack()}>
          {t('feedback.sendBack')}
        </button>
      </div>
    </form>
  );
}
