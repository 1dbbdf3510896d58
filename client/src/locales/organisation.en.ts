/** English messages of the organisation pages. */
export const enOrganisation = {
  'col.kind': 'Kind',
  'col.contact': 'Contact',
  'organisations.title': 'Organisations',
  'organisations.create': 'Add an organisation',
  'organisations.createSubmit': 'Add organisation',
  'organisations.edit': 'Edit {name}',
  'organisations.empty': 'No organisations yet. Add the first one with the form below.',
  'organisations.name': 'Name',
  'organisations.created': 'Organisation {name} added.',
} as const;
