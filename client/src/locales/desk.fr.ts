import type { enDesk } from './desk.en';

/** Textes français des pages desk. */
export const frDesk: Record<keyof typeof enDesk, string> = {
  'deskRota.title': 'Permanences aux guichets',
  'deskRota.desk': 'Guichet',
  'deskRota.partner': 'Partenaire présent',
  'deskRota.days': 'Jours',
  'returnFiles.title': 'Dossiers de retour',
  'returnFiles.reference': 'Référence',
  'returnFiles.country': 'Pays',
  'returnFiles.stage': 'Étape',
  'returnFiles.since': 'Depuis le',
  'returnFiles.followedBy': 'Suivi par',
  'returnFiles.overdue': 'En retard',
  'returnFiles.medical': 'note médicale',
  'returnStage.INFORMATION': 'Information',
  'returnStage.APPLICATION': 'Demande',
  'returnStage.DEPARTURE_BOOKED': 'Départ réservé',
  'returnStage.DEPARTED': 'Parti',
  'returnStage.REINTEGRATION_PLAN': 'Plan de réintégration',
  'returnStage.REINTEGRATION_SUPPORT_PAID': 'Aide à la réintégration payée',
  'returnStage.FOLLOW_UP_CLOSED': 'Suivi clôturé',
};
