import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { intlLocale, useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { CheckboxGroup, SelectField, TextField } from '../../ui/Fields';
import { FormError } from '../../ui/FormError';
import { weekdayNames } from './weekdays';

export const SetDeskRotaEntryDocument = graphql(`
  mutation SetDeskRotaEntry($input: DeskRotaEntryInput!) {
    setDeskRotaEntry(input: $input) {
      id
      desk
      weekdays
      organisation {
        id
        name
      }
    }
  }
`);

export interface RotaDraft {
  organisationId: string;
  desk: string;
  weekdays: number[];
}

/**
 * Puts a partner at a desk on some weekdays (the same partner at the same desk again changes its
 * days). `draft` fills the form when a line is being changed.
 */
export function DeskRotaForm({
  partnershipId,
  members,
  draft,
  onDone,
  onCancel,
}: {
  partnershipId: string;
  members: readonly { id: string; name: string }[];
  draft: RotaDraft | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const [organisationId, setOrganisationId] = useState(draft?.organisationId ?? '');
  const [desk, setDesk] = useState(draft?.desk ?? '');
  const [weekdays, setWeekdays] = useState<string[]>(draft?.weekdays.map(String) ?? []);
  const [save, mutation] = useMutation(SetDeskRotaEntryDocument, { refetchQueries: ['DeskRota'], awaitRefetchQueries: true });
  const days = weekdayNames(intlLocale(locale));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await save({ variables: { input: { partnershipId, organisationId, desk, weekdays: weekdays.map(Number).sort((a, b) => a - b) } } });
      onDone();
    } catch {
      // shown below
    }
  };

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('deskRota.formTitle')}>
      <SelectField
        label={t('deskRota.partner')}
        value={organisationId}
        onChange={setOrganisationId}
        placeholder={t('deskRota.choosePartner')}
        options={members.map((m) => ({ value: m.id, label: m.name }))}
        required
      />
      <TextField label={t('deskRota.desk')} value={desk} onChange={setDesk} hint={t('deskRota.deskHint')} maxLength={100} required />
      <CheckboxGroup legend={t('deskRota.days')} options={days.map((label, i) => ({ value: String(i + 1), label }))} values={weekdays} onChange={setWeekdays} />
      <FormError error={mutation.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={mutation.loading || !organisationId || !desk.trim() || weekdays.length === 0}>
          {t('deskRota.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('deskRota.cancel')}
        </button>
      </div>
    </form>
  );
}
