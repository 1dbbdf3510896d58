import type { enAudit } from './audit.en';

/** Nederlandse teksten van de audit-pagina's. */
export const nlAudit: Record<keyof typeof enAudit, string> = {
  'col.user': 'Gebruiker',
  'col.what': 'Wat werd bekeken',
  'accessLog.title': 'Toegangslogboek',
  'accessLog.intro': 'Elke keer dat iemand de specifieke noden van een gezin bekijkt, wordt hier geregistreerd.',
  'accessLog.householdId': 'ID van het gezin',
  'accessLog.userId': 'ID van de gebruiker',
  'accessLog.filter': 'Filteren',
  'accessLog.onlyUser': 'alleen deze gebruiker',
  'accessLog.onlyHousehold': 'alleen dit gezin',
  'accessLog.clear': 'Filter wissen',
  'accessLog.empty': 'Geen toegang geregistreerd voor deze filter.',
};
