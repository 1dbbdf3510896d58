import type { enOidc } from './oidc.en';

/** Messages français de la connexion avec un compte Fedasil (OpenID Connect), repris dans fr.ts. */
export const frOidc: Record<keyof typeof enOidc, string> = {
  'oidc.staffTitle': 'Personnel de Fedasil',
  'oidc.staffIntro': 'Connectez-vous avec le compte que vous utilisez pour vos autres applications Fedasil.',
  'oidc.signIn': 'Se connecter avec le compte Fedasil',
  'oidc.passwordTitle': 'Partenaires et bénévoles',
  'oidc.refusedTitle': 'La connexion avec votre compte Fedasil n’a pas abouti',
  'error.OIDC_NOT_CONFIGURED': 'La connexion avec un compte Fedasil n’est pas disponible sur ce hub. Connectez-vous avec votre adresse e-mail et votre mot de passe.',
  'error.OIDC_UNAVAILABLE': 'Le service de connexion de Fedasil est injoignable pour le moment. Réessayez dans un instant.',
  'error.OIDC_CANCELLED': 'Vous avez annulé la connexion avec votre compte Fedasil. Vous n’êtes pas connecté.',
  'error.OIDC_STATE_MISMATCH': 'Cette connexion n’a pas été lancée dans ce navigateur, ou elle a pris trop de temps. Recommencez avec « Se connecter avec le compte Fedasil ».',
  'error.OIDC_FAILED': 'La connexion avec votre compte Fedasil n’a pas abouti (la réponse de connexion a peut-être déjà été utilisée). Recommencez.',
  'error.OIDC_EMAIL_NOT_VERIFIED': 'Votre compte Fedasil n’a pas transmis d’adresse e-mail vérifiée : le hub ne peut pas savoir quel compte est le vôtre. Demandez au helpdesk informatique de Fedasil de vérifier votre adresse.',
  'error.OIDC_NOT_STAFF_IDENTITY': 'Ce compte ne fait pas partie des comptes du personnel de Fedasil autorisés à se connecter à Partner Hub.',
  'error.OIDC_UNKNOWN_ACCOUNT': 'Partner Hub n’a pas de compte pour ce compte Fedasil. La connexion ne crée pas de compte : demandez à un administrateur de Partner Hub de vous inviter.',
  'error.OIDC_ACCOUNT_NOT_STAFF': 'La connexion avec un compte Fedasil est réservée au personnel de Fedasil. Les partenaires et les bénévoles se connectent ci-dessous avec leur adresse e-mail et leur mot de passe.',
  'error.OIDC_ACCOUNT_LINKED_ELSEWHERE': 'Votre compte Partner Hub est déjà lié à un autre compte Fedasil. Demandez de l’aide à un administrateur de Partner Hub.',
};
