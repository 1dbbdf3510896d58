import type { enAudit } from './audit.en';

/** Textes français des pages audit. */
export const frAudit: Record<keyof typeof enAudit, string> = {
  'col.user': 'Utilisateur',
  'col.what': 'Ce qui a été consulté',
  'accessLog.title': 'Journal des accès',
  'accessLog.intro': 'Chaque consultation des besoins spécifiques d’un ménage est enregistrée ici.',
  'accessLog.householdId': 'ID du ménage',
  'accessLog.userId': 'ID de l’utilisateur',
  'accessLog.filter': 'Filtrer',
  'accessLog.onlyUser': 'seulement cet utilisateur',
  'accessLog.onlyHousehold': 'seulement ce ménage',
  'accessLog.clear': 'Effacer le filtre',
  'accessLog.empty': 'Aucun accès enregistré pour ce filtre.',
};
