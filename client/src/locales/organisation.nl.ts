import type { enOrganisation } from './organisation.en';

/** Nederlandse teksten van de organisation-pagina's. */
export const nlOrganisation: Record<keyof typeof enOrganisation, string> = {
  'col.kind': 'Soort',
  'col.contact': 'Contact',
  'organisations.title': 'Organisaties',
  'organisations.create': 'Een organisatie toevoegen',
  'organisations.createSubmit': 'Organisatie toevoegen',
  'organisations.edit': '{name} bewerken',
  'organisations.empty': 'Nog geen organisaties. Voeg de eerste toe met het formulier hieronder.',
  'organisations.name': 'Naam',
  'organisations.created': 'Organisatie {name} toegevoegd.',
};
