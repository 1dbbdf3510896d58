/**
 * The message namespaces: one entry per file trio `<namespace>.en.ts`, `.nl.ts`, `.fr.ts` in this folder.
 * This is the one place a new file is registered: add its line here, then list the namespace on the routes
 * that show its strings (src/app/router.tsx, `page([...])`). src/app/i18n.test.ts fails until both are done.
 *
 * `common` is loaded before the first render (the shell, src/ui and words used everywhere), `errors` just
 * after it; every other namespace is loaded with the route that needs it, so a page downloads its own
 * messages in one language only.
 */
type Loaders = Readonly<Record<'en' | 'nl' | 'fr', () => Promise<Record<string, Readonly<Record<string, string>>>>>>;

/** The one export of a message module (`enHome`, `nlHome`...). */
export const only = (module: Record<string, Readonly<Record<string, string>>>) => Object.values(module)[0];

export const NAMESPACES = {
  audit: { en: () => import('./audit.en'), nl: () => import('./audit.nl'), fr: () => import('./audit.fr') },
  auth: { en: () => import('./auth.en'), nl: () => import('./auth.nl'), fr: () => import('./auth.fr') },
  board: { en: () => import('./board.en'), nl: () => import('./board.nl'), fr: () => import('./board.fr') },
  common: { en: () => import('./common.en'), nl: () => import('./common.nl'), fr: () => import('./common.fr') },
  dashboard: { en: () => import('./dashboard.en'), nl: () => import('./dashboard.nl'), fr: () => import('./dashboard.fr') },
  desk: { en: () => import('./desk.en'), nl: () => import('./desk.nl'), fr: () => import('./desk.fr') },
  document: { en: () => import('./document.en'), nl: () => import('./document.nl'), fr: () => import('./document.fr') },
  errors: { en: () => import('./errors.en'), nl: () => import('./errors.nl'), fr: () => import('./errors.fr') },
  feedback: { en: () => import('./feedback.en'), nl: () => import('./feedback.nl'), fr: () => import('./feedback.fr') },
  funding: { en: () => import('./funding.en'), nl: () => import('./funding.nl'), fr: () => import('./funding.fr') },
  home: { en: () => import('./home.en'), nl: () => import('./home.nl'), fr: () => import('./home.fr') },
  household: { en: () => import('./household.en'), nl: () => import('./household.nl'), fr: () => import('./household.fr') },
  io: { en: () => import('./io.en'), nl: () => import('./io.nl'), fr: () => import('./io.fr') },
  lifecycle: { en: () => import('./lifecycle.en'), nl: () => import('./lifecycle.nl'), fr: () => import('./lifecycle.fr') },
  meeting: { en: () => import('./meeting.en'), nl: () => import('./meeting.nl'), fr: () => import('./meeting.fr') },
  messaging: { en: () => import('./messaging.en'), nl: () => import('./messaging.nl'), fr: () => import('./messaging.fr') },
  notification: { en: () => import('./notification.en'), nl: () => import('./notification.nl'), fr: () => import('./notification.fr') },
  organisation: { en: () => import('./organisation.en'), nl: () => import('./organisation.nl'), fr: () => import('./organisation.fr') },
  partnership: { en: () => import('./partnership.en'), nl: () => import('./partnership.nl'), fr: () => import('./partnership.fr') },
  payments: { en: () => import('./payments.en'), nl: () => import('./payments.nl'), fr: () => import('./payments.fr') },
  privacy: { en: () => import('./privacy.en'), nl: () => import('./privacy.nl'), fr: () => import('./privacy.fr') },
  progress: { en: () => import('./progress.en'), nl: () => import('./progress.nl'), fr: () => import('./progress.fr') },
  report: { en: () => import('./report.en'), nl: () => import('./report.nl'), fr: () => import('./report.fr') },
  sociolegal: { en: () => import('./sociolegal.en'), nl: () => import('./sociolegal.nl'), fr: () => import('./sociolegal.fr') },
  shared: { en: () => import('./shared.en'), nl: () => import('./shared.nl'), fr: () => import('./shared.fr') },
  templates: { en: () => import('./templates.en'), nl: () => import('./templates.nl'), fr: () => import('./templates.fr') },
  trajectory: { en: () => import('./trajectory.en'), nl: () => import('./trajectory.nl'), fr: () => import('./trajectory.fr') },
} as const satisfies Readonly<Record<string, Loaders>>;

export type Namespace = keyof typeof NAMESPACES;

type EnglishOf<N extends Namespace> = Awaited<ReturnType<(typeof NAMESPACES)[N]['en']>>;
/** Every key as written in the files, plural forms included (`board.count_one`, `board.count_other`). */
type StoredKey = { [N in Namespace]: { [E in keyof EnglishOf<N>]: keyof EnglishOf<N>[E] }[keyof EnglishOf<N>] }[Namespace];
/** The CLDR plural categories that i18next appends to a key (Intl.PluralRules). */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** A key as t() takes it: a plural message by its base name, given `count`. */
export type MessageKey = StoredKey extends infer K ? (K extends `${infer Base}_${PluralCategory}` ? Base : K) : never;
