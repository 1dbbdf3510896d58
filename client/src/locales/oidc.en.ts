/** English messages of staff sign-in with a Fedasil account (OpenID Connect), spread into en.ts. */
export const enOidc = {
  'oidc.staffTitle': 'Fedasil staff',
  'oidc.staffIntro': 'Sign in with the account you use for your other Fedasil applications.',
  'oidc.signIn': 'Sign in with Fedasil account',
  'oidc.passwordTitle': 'Partners and volunteers',
  'oidc.refusedTitle': 'Signing in with your Fedasil account did not work',
  'error.OIDC_NOT_CONFIGURED': 'Signing in with a Fedasil account is not available on this hub. Sign in with your email address and password.',
  'error.OIDC_UNAVAILABLE': 'The Fedasil sign-in service cannot be reached right now. Try again in a moment.',
  'error.OIDC_CANCELLED': 'You cancelled signing in with your Fedasil account. You have not been signed in.',
  'error.OIDC_STATE_MISMATCH': 'This sign-in was not started in this browser, or it took too long. Start again with "Sign in with Fedasil account".',
  'error.OIDC_FAILED': 'Signing in with your Fedasil account did not succeed (the sign-in answer may have been used already). Start again.',
  'error.OIDC_EMAIL_NOT_VERIFIED': 'Your Fedasil account did not share a verified email address, so the hub cannot tell which account is yours. Ask the Fedasil IT helpdesk to verify your address.',
  'error.OIDC_NOT_STAFF_IDENTITY': 'This account is not one of the Fedasil staff accounts that may sign in to Partner Hub.',
  'error.OIDC_UNKNOWN_ACCOUNT': 'Partner Hub has no account for this Fedasil account. Signing in does not create an account: ask a Partner Hub administrator to invite you.',
  'error.OIDC_ACCOUNT_NOT_STAFF': 'Signing in with a Fedasil account is for Fedasil staff. Partners and volunteers sign in with their email address and password below.',
  'error.OIDC_ACCOUNT_LINKED_ELSEWHERE': 'Your Partner Hub account is already linked to another Fedasil account. Ask a Partner Hub administrator for help.',
} as const;
