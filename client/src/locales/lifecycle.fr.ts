import type { enLifecycle } from './lifecycle.en';

/** Textes français du parcours d’un ménage. */
export const frLifecycle: Record<keyof typeof enLifecycle, string> = {
  'memberJoining.WITH_HOUSEHOLD': 'Arrivé avec le ménage',
  'memberJoining.BORN': 'Né après l’arrivée',
  'memberJoining.FAMILY_REUNIFICATION': 'Regroupement familial',
  'endReason.MOVED_OUT': 'Déménagé hors de la région',
  'endReason.TRANSFERRED_PARTNERSHIP': 'Transféré à un autre partenariat',
  'endReason.TRANSFERRED_MUNICIPALITY': 'Transféré à une autre commune',
  'endReason.SPONSORSHIP_BREAKDOWN': 'Rupture du parrainage',
  'endReason.DEPARTURE': 'A quitté la Belgique',
};
