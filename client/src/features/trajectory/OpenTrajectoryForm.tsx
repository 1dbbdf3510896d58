import { useMutation } from '@apollo/client/react';
import { TARGET_GROUPS, type TargetGroup } from '@partner-hub/shared';
import { useState, type FormEvent } from 'react';
import { todayInBrussels } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { SelectField, TextAreaField, TextField } from '../../ui/Fields';
import { FormError } from '../../ui/FormError';

const OpenSupportTrajectoryDocument = graphql(`
  mutation OpenSupportTrajectory($input: OpenSupportTrajectoryInput!) {
    openSupportTrajectory(input: $input) {
      id
      ...SupportTrajectory_trajectory
    }
  }
`);

/** Opens a trajectory at "referral received" (a pseudonymous reference, no name). */
export function OpenTrajectoryForm({
  partnershipId,
  staff,
  withSensitive,
  onDone,
}: {
  partnershipId: string;
  staff: readonly { id: string; name: string }[];
  withSensitive: boolean;
  onDone: (reference: string) => void;
}) {
  const { t } = useI18n();
  const [reference, setReference] = useState('');
  const [birthYear, setBirthYear] = useState('');
  const [targetGroup, setTargetGroup] = useState<TargetGroup | ''>('');
  const [followedBy, setFollowedBy] = useState('');
  const [startedOn, setStartedOn] = useState(todayInBrussels());
  const [needsNote, setNeedsNote] = useState('');
  const [open, mutation] = useMutation(OpenSupportTrajectoryDocument, { refetchQueries: ['SupportTrajectories', 'SupportTrajectoryBoard'], awaitRefetchQueries: true });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!targetGroup) return;
    try {
      await open({
        variables: {
          input: { partnershipId, reference, birthYear: birthYear ? Number(birthYear) : null, targetGroup, followedByUserId: followedBy || null, startedOn, needsNote: needsNote.trim() || null },
        },
      });
      onDone(reference.trim());
    } catch {
      // shown below
    }
  };

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('trajectories.openTitle')}>
      <TextField label={t('trajectories.reference')} hint={t('trajectories.referenceHint')} value={reference} onChange={setReference} maxLength={40} required />
      <TextField type="number" label={t('trajectories.birthYear')} value={birthYear} onChange={setBirthYear} min={1900} max={Number(todayInBrussels().slice(0, 4))} optional />
      <SelectField
        label={t('trajectories.targetGroup')}
        value={targetGroup}
        onChange={setTargetGroup}
        placeholder={t('trajectories.chooseTargetGroup')}
        options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`targetGroup.${g}`) }))}
        required
      />
      <SelectField
        label={t('trajectories.followedBy')}
        value={followedBy}
        onChange={setFollowedBy}
        placeholder={t('trajectories.nobody')}
        options={staff.map((s) => ({ value: s.id, label: s.name }))}
        optional
      />
      <TextField type="date" label={t('trajectories.startedOn')} value={startedOn} onChange={setStartedOn} max={todayInBrussels()} required />
      {withSensitive && <TextAreaField label={t('trajectories.needsNote')} hint={t('trajectories.needsHint')} value={needsNote} onChange={setNeedsNote} optional />}
      <FormError error={mutation.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={mutation.loading || !reference.trim() || !targetGroup || !startedOn}>
          {t('trajectories.openSubmit')}
        </button>
      </div>
    </form>
  );
}
