import { useMutation } from '@apollo/client/react';
import { RETURN_STAGES, type ReturnStage } from '@partner-hub/shared';
import { useState, type FormEvent } from 'react';
import { todayInBrussels } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import type { ReturnFile_FileFragment } from '../../gql/graphql';
import { SelectField, TextField } from '../../ui/Fields';
import { FormError, StatusMessage } from '../../ui/FormError';
import { StageHistory } from '../../ui/StageHistory';

export const AdvanceReturnFileDocument = graphql(`
  mutation AdvanceReturnFile($id: ID!, $stage: ReturnStage!, $on: String!) {
    advanceReturnFile(id: $id, stage: $stage, on: $on) {
      id
      ...ReturnFile_file
    }
  }
`);

const AssignReturnFileDocument = graphql(`
  mutation AssignReturnFile($id: ID!, $followedByOrganisationId: ID) {
    assignReturnFile(id: $id, followedByOrganisationId: $followedByOrganisationId) {
      id
      ...ReturnFile_file
    }
  }
`);

/** Moves a file on to its next stage, on a day (today unless told otherwise). */
function AdvanceForm({ file }: { file: ReturnFile_FileFragment }) {
  const { t } = useI18n();
  const next = RETURN_STAGES[RETURN_STAGES.indexOf(file.stage) + 1];
  const [on, setOn] = useState(todayInBrussels());
  const [done, setDone] = useState<string | null>(null);
  // A closed file leaves the open list: the lists are asked again.
  const [advance, mutation] = useMutation(AdvanceReturnFileDocument, { refetchQueries: next === 'FOLLOW_UP_CLOSED' ? ['ReturnFiles', 'ReturnFileBoard'] : [] });
  if (!next) return null;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    try {
      await advance({ variables: { id: file.id, stage: next, on } });
      setDone(t('returnFiles.advanced', { reference: file.reference, stage: t(`returnStage.${next}`) }));
    } catch {
      // shown below
    }
  };
  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('returnFiles.advanceTitle', { reference: file.reference })}>
      <TextField type="date" label={t('returnFiles.advanceOn', { stage: t(`returnStage.${next}`) })} value={on} onChange={setOn} max={todayInBrussels()} required />
      <FormError error={mutation.error} />
      {done && !mutation.error && <StatusMessage>{done}</StatusMessage>}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={mutation.loading || !on}>
          {t('returnFiles.advance', { stage: t(`returnStage.${next}`) })}
        </button>
      </div>
    </form>
  );
}

/** Sets the member organisation that follows the file up. */
function AssignForm({ file, members }: { file: ReturnFile_FileFragment; members: readonly { id: string; name: string }[] }) {
  const { t } = useI18n();
  const [organisationId, setOrganisationId] = useState(file.followedBy?.id ?? '');
  const [done, setDone] = useState(false);
  const [assign, mutation] = useMutation(AssignReturnFileDocument);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    try {
      await assign({ variables: { id: file.id, followedByOrganisationId: organisationId || null } });
      setDone(true);
    } catch {
      // shown below
    }
  };
  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('returnFiles.assignTitle', { reference: file.reference })}>
      <SelectField
        label={t('returnFiles.followedBy')}
        value={organisationId}
        onChange={setOrganisationId}
        placeholder={t('returnFiles.nobody')}
        options={members.map((m) => ({ value: m.id, label: m.name }))}
      />
      <FormError error={mutation.error} />
      {done && !mutation.error && <StatusMessage>{t('returnFiles.assigned')}</StatusMessage>}
      <div className="button-row">
        <button type="submit" className="button button-secondary" disabled={mutation.loading || organisationId === (file.followedBy?.id ?? '')}>
          {t('returnFiles.assign')}
        </button>
      </div>
    </form>
  );
}

/** An opened return file: its stages with their days, the medical note (need-to-know), and moving it on. */
export function ReturnFileDetails({ file, members, canEdit }: { file: ReturnFile_FileFragment; members: readonly { id: string; name: string }[]; canEdit: boolean }) {
  const { t } = useI18n();
  return (
    <div className="return-file-details" data-testid="return-file-details">
      <h3>{t('returnFiles.history', { reference: file.reference })}</h3>
      <StageHistory stages={file.stages} label={(stage) => t(`returnStage.${stage as ReturnStage}`)} />
      {file.medicalNote ? (
        <p data-testid="return-file-medical">
          <strong>{t('returnFiles.medicalNote')}:</strong> {file.medicalNote}
        </p>
      ) : (
        file.hasMedicalNote && <p className="muted">{t('returnFiles.medicalNeedToKnow')}</p>
      )}
      {canEdit && (
        <>
          <AdvanceForm file={file} />
          <AssignForm file={file} members={members} />
        </>
      )}
    </div>
  );
}
