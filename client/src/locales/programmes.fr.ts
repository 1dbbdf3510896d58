import type { enProgrammes } from './programmes.en';

/** Textes français de la configuration des programmes et des rapports définis par programme (répartis dans fr.ts). */
export const frProgrammes: Record<keyof typeof enProgrammes, string> = {
  'programme.VULNERABLE_GROUPS': 'Groupes vulnérables',
  'error.INDICATOR_UNKNOWN': 'Ce rapport ne demande pas ce chiffre. Rechargez la page et réessayez.',
  'error.INDICATOR_VALUE_INVALID': 'Un chiffre ne convient pas : indiquez un nombre entier de 0 ou plus, un des choix proposés ou un texte plus court.',
  'error.INDICATORS_INCOMPLETE': 'Remplissez chaque chiffre obligatoire avant de soumettre.',
  'error.PROGRAMME_CONFIG_INVALID': 'Cette configuration n’est pas valable : chaque indicateur a besoin d’une clé unique, de libellés dans les trois langues et, pour un choix, d’au moins deux choix distincts ; les montants forfaitaires de réinstallation ne vont qu’avec les ménages réinstallés.',
  'indicators.legend': 'Chiffres de cette période',
  'indicators.required': '(obligatoire)',
  'indicators.noChoice': '— Pas de réponse —',
  'indicators.dashboardTitle': 'Chiffres rapportés : {programme} {year}',
  'indicators.accepted': '{count} rapports acceptés comptés.',
  'indicators.none': 'Ce programme ne demande aucun chiffre dans ses rapports.',
  'indicators.month': 'Mois',
  'indicators.total': 'Total',
  'indicators.reports': 'Rapports',
  'indicators.yearTotal': 'Total de l’année : {total}',
  'indicators.chartLabel': '{indicator} par mois, {year}',
  'deskRota.title': 'Permanences aux guichets',
  'deskRota.desk': 'Guichet',
  'deskRota.partner': 'Partenaire présent',
  'deskRota.days': 'Jours',
  'error.RETURN_STAGE_INVALID': 'Le dossier ne peut pas passer à cette étape : les étapes avancent l’une après l’autre, à une date qui n’est ni antérieure à l’étape précédente ni dans le futur.',
  'error.RETURN_FILE_REFERENCE_TAKEN': 'Un dossier de retour avec cette référence existe déjà dans ce partenariat.',
};
