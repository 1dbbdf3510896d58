import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { todayInBrussels } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { SelectField, TextAreaField, TextField } from '../../ui/Fields';
import { FormError } from '../../ui/FormError';

const OpenReturnFileDocument = graphql(`
  mutation OpenReturnFile($input: OpenReturnFileInput!) {
    openReturnFile(input: $input) {
      id
      ...ReturnFile_file
    }
  }
`);

/** Opens a return file at the information stage (walk-in: a reference, no name). */
export function OpenReturnFileForm({ partnershipId, members, onDone }: { partnershipId: string; members: readonly { id: string; name: string }[]; onDone: (reference: string) => void }) {
  const { t } = useI18n();
  const [reference, setReference] = useState('');
  const [country, setCountry] = useState('');
  const [followedBy, setFollowedBy] = useState('');
  const [informedOn, setInformedOn] = useState(todayInBrussels());
  const [medicalNote, setMedicalNote] = useState('');
  const [open, mutation] = useMutation(OpenReturnFileDocument, { refetchQueries: ['ReturnFiles', 'ReturnFileBoard'], awaitRefetchQueries: true });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await open({
        variables: { input: { partnershipId, reference, country: country.trim() || null, followedByOrganisationId: followedBy || null, informedOn, medicalNote: medicalNote.trim() || null } },
      });
      onDone(reference.trim());
    } catch {
      // shown below
    }
  };

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('returnFiles.openTitle')}>
      <TextField label={t('returnFiles.reference')} value={reference} onChange={setReference} maxLength={40} required />
      <TextField label={t('returnFiles.country')} value={country} onChange={setCountry} maxLength={60} optional />
      <SelectField
        label={t('returnFiles.followedBy')}
        value={followedBy}
        onChange={setFollowedBy}
        placeholder={t('returnFiles.nobody')}
        options={members.map((m) => ({ value: m.id, label: m.name }))}
        optional
      />
      <TextField type="date" label={t('returnFiles.informedOn')} value={informedOn} onChange={setInformedOn} max={todayInBrussels()} required />
      <TextAreaField label={t('returnFiles.medicalNote')} hint={t('returnFiles.medicalHint')} value={medicalNote} onChange={setMedicalNote} optional />
      <FormError error={mutation.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={mutation.loading || !reference.trim() || !informedOn}>
          {t('returnFiles.openSubmit')}
        </button>
      </div>
    </form>
  );
}
