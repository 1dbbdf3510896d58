import type { enOidc } from './oidc.en';

/** Nederlandse berichten van het aanmelden met een Fedasil-account (OpenID Connect), in nl.ts opgenomen. */
export const nlOidc: Record<keyof typeof enOidc, string> = {
  'oidc.staffTitle': 'Medewerkers van Fedasil',
  'oidc.staffIntro': 'Meld je aan met het account dat je voor je andere Fedasil-toepassingen gebruikt.',
  'oidc.signIn': 'Aanmelden met Fedasil-account',
  'oidc.passwordTitle': 'Partners en vrijwilligers',
  'oidc.refusedTitle': 'Aanmelden met je Fedasil-account is niet gelukt',
  'error.OIDC_NOT_CONFIGURED': 'Aanmelden met een Fedasil-account is niet beschikbaar op deze hub. Meld je aan met je e-mailadres en wachtwoord.',
  'error.OIDC_UNAVAILABLE': 'De aanmeldservice van Fedasil is nu niet bereikbaar. Probeer het zo meteen opnieuw.',
  'error.OIDC_CANCELLED': 'Je hebt het aanmelden met je Fedasil-account geannuleerd. Je bent niet aangemeld.',
  'error.OIDC_STATE_MISMATCH': 'Deze aanmelding is niet in deze browser gestart, of ze duurde te lang. Begin opnieuw met "Aanmelden met Fedasil-account".',
  'error.OIDC_FAILED': 'Aanmelden met je Fedasil-account is niet gelukt (het antwoord van de aanmelding was misschien al gebruikt). Begin opnieuw.',
  'error.OIDC_EMAIL_NOT_VERIFIED': 'Je Fedasil-account gaf geen geverifieerd e-mailadres door, dus de hub weet niet welk account van jou is. Vraag de IT-helpdesk van Fedasil om je adres te verifiëren.',
  'error.OIDC_NOT_STAFF_IDENTITY': 'Dit account hoort niet bij de Fedasil-medewerkers die zich bij Partner Hub mogen aanmelden.',
  'error.OIDC_UNKNOWN_ACCOUNT': 'Partner Hub heeft geen account voor dit Fedasil-account. Aanmelden maakt geen account aan: vraag een beheerder van Partner Hub om je uit te nodigen.',
  'error.OIDC_ACCOUNT_NOT_STAFF': 'Aanmelden met een Fedasil-account is voor medewerkers van Fedasil. Partners en vrijwilligers melden zich hieronder aan met hun e-mailadres en wachtwoord.',
  'error.OIDC_ACCOUNT_LINKED_ELSEWHERE': 'Je Partner Hub-account is al gekoppeld aan een ander Fedasil-account. Vraag een beheerder van Partner Hub om hulp.',
};
