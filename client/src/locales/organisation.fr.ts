import type { enOrganisation } from './organisation.en';

/** Textes français des pages organisation. */
export const frOrganisation: Record<keyof typeof enOrganisation, string> = {
  'col.kind': 'Type',
  'col.contact': 'Contact',
  'organisations.title': 'Organisations',
  'organisations.create': 'Ajouter une organisation',
  'organisations.createSubmit': 'Ajouter l’organisation',
  'organisations.edit': 'Modifier {name}',
  'organisations.empty': 'Pas encore d’organisation. Ajoutez la première avec le formulaire ci-dessous.',
  'organisations.name': 'Nom',
  'organisations.created': 'Organisation {name} ajoutée.',
};
