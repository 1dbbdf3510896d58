import type { enHardening } from './hardening.en';

/** Messages français des limites de l’API (repris dans fr.ts). */
export const frHardening: Record<keyof typeof enHardening, string> = {
  'error.MALFORMED_REQUEST': 'L’application a envoyé une demande que le hub n’a pas pu lire. Rechargez la page et réessayez.',
  'error.REQUEST_TOO_LARGE': 'C’est trop à envoyer en une fois. Raccourcissez le texte ou envoyez-le en plusieurs parties.',
  'error.QUERY_TOO_DEEP': 'Cette demande en demande trop à la fois. Rechargez la page ; si cela se reproduit, prévenez le helpdesk.',
  'error.TOO_MANY_ALIASES': 'Cette demande en demande trop à la fois. Rechargez la page ; si cela se reproduit, prévenez le helpdesk.',
  'error.TOO_MANY_DIRECTIVES': 'Cette demande en demande trop à la fois. Rechargez la page ; si cela se reproduit, prévenez le helpdesk.',
  'error.TOO_MANY_TOKENS': 'Cette demande est trop longue. Rechargez la page ; si cela se reproduit, prévenez le helpdesk.',
  'error.QUERY_TOO_COSTLY': 'Cette demande en demande trop à la fois. Rechargez la page ; si cela se reproduit, prévenez le helpdesk.',
  'error.LIST_SIZE_OUT_OF_RANGE': 'Une liste affiche entre 1 et 200 éléments à la fois.',
  'error.TEXT_INVALID_CHARACTERS': 'Le texte contient des caractères qui ne peuvent pas être enregistrés (par exemple un caractère de contrôle collé depuis un autre programme). Supprimez-les et réessayez.',
  'error.TRUSTED_DOCUMENT_REQUIRED': 'Cette version de l’application n’est plus à jour. Rechargez la page pour obtenir la nouvelle.',
  'error.PERSISTED_QUERY_NOT_FOUND': 'Cette version de l’application n’est plus à jour. Rechargez la page pour obtenir la nouvelle.',
  'error.INTROSPECTION_DISABLED': 'Seuls les administrateurs peuvent lire la description de l’API.',
  'error.TOO_MANY_SUBSCRIPTIONS': 'Trop de mises à jour en direct sont ouvertes dans cette fenêtre. Fermez quelques onglets ou rechargez la page.',
};
