import type { enBoard } from './board.en';

/** Textes français des pages board. */
export const frBoard: Record<keyof typeof enBoard, string> = {
  'boardSort.NEXT_DUE': 'Prochaine échéance d’abord',
  'boardSort.FLAGS': 'Plus de points d’attention d’abord',
  'boardSort.REFERENCE': 'Référence',
  'board.title': 'Tableau de suivi',
  'board.intro': 'Les ménages en accompagnement que vous suivez : leur avancement, la prochaine étape et les points d’attention.',
  'board.filters': 'Filtres et ordre',
  'board.allPartnerships': 'Tous les partenariats',
  'board.flag': 'Point d’attention',
  'board.anyFlag': 'Tous les ménages',
  'board.sort': 'Ordre',
  'board.count_one': '{count, number} ménage',
  'board.count_other': '{count, number} ménages',
  'board.empty': 'Aucun ménage en accompagnement ne correspond à ces filtres.',
  'board.emptyAll': 'Il n’y a pas encore de ménage en accompagnement à suivre.',
  'board.clearFilters': 'Afficher tous les ménages',
  'board.noNextStep': 'Aucune étape ouverte',
  'board.live': 'Le tableau se met à jour dès que quelqu’un enregistre un progrès.',
  'board.homeSummary_one': '{count, number} ménage en accompagnement ; {attention} demandent de l’attention.',
  'board.homeSummary_other': '{count, number} ménages en accompagnement ; {attention} demandent de l’attention.',
  'board.homeFlag': '{label} : {count}',
  'col.progress': 'Avancement',
  'col.nextStep': 'Prochaine étape',
  'col.flags': 'Points d’attention',
};
