import type { enBoard } from './board.en';

/** Nederlandse teksten van de board-pagina's. */
export const nlBoard: Record<keyof typeof enBoard, string> = {
  'boardSort.NEXT_DUE': 'Eerstvolgende stap eerst',
  'boardSort.FLAGS': 'Meeste aandachtspunten eerst',
  'boardSort.REFERENCE': 'Referentie',
  'board.title': 'Opvolgbord',
  'board.intro': 'De gezinnen in begeleiding die je opvolgt: hun voortgang, de volgende stap en wat aandacht vraagt.',
  'board.filters': 'Filters en volgorde',
  'board.allPartnerships': 'Alle partnerschappen',
  'board.flag': 'Aandachtspunt',
  'board.anyFlag': 'Alle gezinnen',
  'board.sort': 'Volgorde',
  'board.count_one': '{count, number} gezin',
  'board.count_other': '{count, number} gezinnen',
  'board.empty': 'Geen enkel gezin in begeleiding past bij deze filters.',
  'board.emptyAll': 'Er is nog geen gezin in begeleiding om op te volgen.',
  'board.clearFilters': 'Alle gezinnen tonen',
  'board.noNextStep': 'Geen open stap',
  'board.live': 'Het bord werkt zichzelf bij wanneer iemand voortgang registreert.',
  'board.homeSummary_one': '{count, number} gezin in begeleiding; {attention} vragen aandacht.',
  'board.homeSummary_other': '{count, number} gezinnen in begeleiding; {attention} vragen aandacht.',
  'board.homeFlag': '{label}: {count}',
  'col.progress': 'Voortgang',
  'col.nextStep': 'Volgende stap',
  'col.flags': 'Vraagt aandacht',
};
