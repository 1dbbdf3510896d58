import type { enHardening } from './hardening.en';

/** Nederlandse teksten van de grenzen van de API (opgenomen in nl.ts). */
export const nlHardening: Record<keyof typeof enHardening, string> = {
  'error.MALFORMED_REQUEST': 'De app stuurde een verzoek dat de hub niet kon lezen. Laad de pagina opnieuw en probeer nog eens.',
  'error.REQUEST_TOO_LARGE': 'Dit is te veel om in één keer te versturen. Maak het korter of verstuur het in delen.',
  'error.QUERY_TOO_DEEP': 'Dit verzoek vraagt te veel tegelijk. Laad de pagina opnieuw; gebeurt het weer, meld het dan aan de helpdesk.',
  'error.TOO_MANY_ALIASES': 'Dit verzoek vraagt te veel tegelijk. Laad de pagina opnieuw; gebeurt het weer, meld het dan aan de helpdesk.',
  'error.TOO_MANY_DIRECTIVES': 'Dit verzoek vraagt te veel tegelijk. Laad de pagina opnieuw; gebeurt het weer, meld het dan aan de helpdesk.',
  'error.TOO_MANY_TOKENS': 'Dit verzoek is te lang. Laad de pagina opnieuw; gebeurt het weer, meld het dan aan de helpdesk.',
  'error.QUERY_TOO_COSTLY': 'Dit verzoek vraagt te veel tegelijk. Laad de pagina opnieuw; gebeurt het weer, meld het dan aan de helpdesk.',
  'error.LIST_SIZE_OUT_OF_RANGE': 'Een lijst toont 1 tot 200 items tegelijk.',
  'error.TEXT_INVALID_CHARACTERS': 'De tekst bevat tekens die niet bewaard kunnen worden (bijvoorbeeld een stuurteken uit een ander programma geplakt). Verwijder ze en probeer opnieuw.',
  'error.TRUSTED_DOCUMENT_REQUIRED': 'Deze versie van de app is verouderd. Laad de pagina opnieuw om de nieuwe te krijgen.',
  'error.PERSISTED_QUERY_NOT_FOUND': 'Deze versie van de app is verouderd. Laad de pagina opnieuw om de nieuwe te krijgen.',
  'error.INTROSPECTION_DISABLED': 'Alleen beheerders mogen de beschrijving van de API lezen.',
  'error.TOO_MANY_SUBSCRIPTIONS': 'Er staan te veel live-updates open in dit venster. Sluit enkele tabbladen of laad de pagina opnieuw.',
};
