import type { enDesk } from './desk.en';

/** Nederlandse teksten van de desk-pagina's. */
export const nlDesk: Record<keyof typeof enDesk, string> = {
  'deskRota.title': 'Loketrooster',
  'deskRota.desk': 'Loket',
  'deskRota.partner': 'Aanwezige partner',
  'deskRota.days': 'Dagen',
  'returnFiles.title': 'Terugkeerdossiers',
  'returnFiles.reference': 'Referentie',
  'returnFiles.country': 'Land',
  'returnFiles.stage': 'Stap',
  'returnFiles.since': 'Sinds',
  'returnFiles.followedBy': 'Opgevolgd door',
  'returnFiles.overdue': 'Te laat',
  'returnFiles.medical': 'medische notitie',
  'returnStage.INFORMATION': 'Informatie',
  'returnStage.APPLICATION': 'Aanvraag',
  'returnStage.DEPARTURE_BOOKED': 'Vertrek geboekt',
  'returnStage.DEPARTED': 'Vertrokken',
  'returnStage.REINTEGRATION_PLAN': 'Re-integratieplan',
  'returnStage.REINTEGRATION_SUPPORT_PAID': 'Re-integratiesteun betaald',
  'returnStage.FOLLOW_UP_CLOSED': 'Opvolging afgesloten',
};
