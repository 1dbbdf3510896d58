import { useMutation } from '@apollo/client/react';
import { ORGANISATION_KINDS, type OrganisationKind } from '@partner-hub/shared';
import { useState, type FormEvent } from 'react';
import { addToRootList } from '../../app/cache';
import { messagesForField, describeError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { SelectField, TextField } from '../../ui/Fields';
import { FormError, StatusMessage } from '../../ui/FormError';

export const OrganisationForm_organisation = graphql(`
  fragment OrganisationForm_organisation on Organisation {
    id
    name
    kind
    street
    postalCode
    city
    contactName
    contactEmail
    contactPhone
  }
`);

const CreateOrganisationDocument = graphql(`
  mutation CreateOrganisation($input: OrganisationInput!) {
    createOrganisation(input: $input) {
      id
      ...OrganisationForm_organisation
      ...OrganisationsTable_organisations
    }
  }
`);

const UpdateOrganisationDocument = graphql(`
  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {
    updateOrganisation(id: $id, input: $input) {
      id
      ...OrganisationForm_organisation
      ...OrganisationsTable_organisations
    }
  }
`);

interface Values {
  name: string;
  kind: OrganisationKind | '';
  street: string;
  postalCode: string;
  city: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

const EMPTY: Values = { name: '', kind: '', street: '', postalCode: '', city: '', contactName: '', contactEmail: '', contactPhone: '' };

const optional = (value: string) => value.trim() || null;

/** Create an organisation (no `organisation` prop) or edit one. */
export function OrganisationForm({ organisation, onDone }: { organisation?: FragmentType<typeof OrganisationForm_organisation>; onDone?: () => void }) {
  const t = useT();
  const existing = getFragmentData(OrganisationForm_organisation, organisation);
  const [values, setValues] = useState<Values>(() =>
    existing
      ? {
          name: existing.name,
          kind: existing.kind,
          street: existing.street ?? '',
          postalCode: existing.postalCode ?? '',
          city: existing.city ?? '',
          contactName: existing.contactName ?? '',
          contactEmail: existing.contactEmail ?? '',
          contactPhone: existing.contactPhone ?? '',
        }
      : EMPTY,
  );
  const [created, setCreated] = useState<string | null>(null);
  const [create, creation] = useMutation(CreateOrganisationDocument, {
    update: (cache, { data }) => {
      if (data) addToRootList(cache, 'organisations', data.createOrganisation, { by: 'name' });
    },
  });
  const [update, updating] = useMutation(UpdateOrganisationDocument);
  const error = existing ? updating.error : creation.error;
  const loading = existing ? updating.loading : creation.loading;
  const described = error ? describeError(error, t) : null;
  const set = (field: keyof Values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const input = {
      name: values.name.trim(),
      kind: values.kind || 'NON_PROFIT',
      street: optional(values.street),
      postalCode: optional(values.postalCode),
      city: optional(values.city),
      contactName: optional(values.contactName),
      contactEmail: optional(values.contactEmail),
      contactPhone: optional(values.contactPhone),
    };
    try {
      if (existing) {
        await update({ variables: { id: existing.id, input } });
        onDone?.();
      } else {
        await create({ variables: { input } });
        setCreated(input.name);
        setValues(EMPTY);
      }
    } catch {
      // shown below
    }
  };

  const titleId = existing ? `edit-organisation-${existing.id}` : 'create-organisation-title';
  return (
    <form className="form card" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>{existing ? t('organisations.edit', { name: existing.name }) : t('organisations.create')}</h2>
      <div className="grid grid-2">
        <TextField label={t('organisations.name')} value={values.name} onChange={set('name')} errors={messagesForField(described, 'name')} required autoFocus={Boolean(existing)} />
        <SelectField
          label={t('organisations.kind')}
          value={values.kind}
          onChange={set('kind')}
          placeholder={existing ? undefined : '—'}
          options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`orgKind.${k}`) }))}
          required
        />
        <TextField label={t('organisations.street')} optional value={values.street} onChange={set('street')} autoComplete="street-address" />
        <TextField label={t('organisations.postalCode')} optional value={values.postalCode} onChange={set('postalCode')} autoComplete="postal-code" />
        <TextField label={t('organisations.city')} optional value={values.city} onChange={set('city')} autoComplete="address-level2" />
        <TextField label={t('organisations.contactName')} optional value={values.contactName} onChange={set('contactName')} />
        <TextField label={t('organisations.contactEmail')} type="email" optional value={values.contactEmail} onChange={set('contactEmail')} errors={messagesForField(described, 'contactEmail')} />
        <TextField label={t('organisations.contactPhone')} type="tel" optional value={values.contactPhone} onChange={set('contactPhone')} />
      </div>
      <FormError error={error} />
      {created && <StatusMessage>{t('organisations.created', { name: created })}</StatusMessage>}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading || !values.name.trim() || !values.kind}>
          {loading ? t('app.saving') : existing ? t('app.save') : t('organisations.createSubmit')}
        </button>
        {existing && (
          <button type="button" className="button button-secondary" onClick={onDone}>
            {t('app.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
