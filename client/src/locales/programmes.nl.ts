import type { enProgrammes } from './programmes.en';

/** Nederlandse teksten van de programma-instellingen en de rapportering per programma (gespreid in nl.ts). */
export const nlProgrammes: Record<keyof typeof enProgrammes, string> = {
  'programme.VULNERABLE_GROUPS': 'Kwetsbare groepen',
  'error.INDICATOR_UNKNOWN': 'Dit rapport vraagt dit cijfer niet. Laad de pagina opnieuw en probeer nog eens.',
  'error.INDICATOR_VALUE_INVALID': 'Een cijfer past niet: geef een geheel getal van 0 of meer, een van de keuzes of een kortere tekst.',
  'error.INDICATORS_INCOMPLETE': 'Vul elk verplicht cijfer in voor je indient.',
  'error.PROGRAMME_CONFIG_INVALID': 'Deze instellingen kloppen niet: elke indicator heeft een unieke sleutel nodig, labels in de drie talen en, voor een keuze, minstens twee verschillende keuzes; de forfaitaire hervestigingsbedragen horen alleen bij hervestigde gezinnen.',
  'indicators.legend': 'Cijfers voor deze periode',
  'indicators.required': '(verplicht)',
  'indicators.noChoice': '— Geen antwoord —',
  'indicators.dashboardTitle': 'Gerapporteerde cijfers: {programme} {year}',
  'indicators.accepted': '{count} aanvaarde rapporten geteld.',
  'indicators.none': 'Dit programma vraagt geen cijfers in zijn rapporten.',
  'indicators.month': 'Maand',
  'indicators.total': 'Totaal',
  'indicators.reports': 'Rapporten',
  'indicators.yearTotal': 'Jaartotaal: {total}',
  'indicators.chartLabel': '{indicator} per maand, {year}',
  'deskRota.title': 'Loketrooster',
  'deskRota.desk': 'Loket',
  'deskRota.partner': 'Aanwezige partner',
  'deskRota.days': 'Dagen',
  'error.RETURN_STAGE_INVALID': 'Het dossier kan niet naar deze stap: de stappen volgen elkaar op, op een dag niet vóór de vorige stap en niet in de toekomst.',
  'error.RETURN_FILE_REFERENCE_TAKEN': 'Er bestaat al een terugkeerdossier met deze referentie in dit partnerschap.',
};
