import { LOCALES, type Locale } from '@partner-hub/shared';
import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { NAMESPACES, only, type MessageKey, type Namespace } from '../locales';
import { formatDateTime, formatIsoDate, formatMoney, formatNumber } from './format';

export { formatDateTime, formatIsoDate, formatMoney, formatNumber, intlLocale } from './format';
export type { MessageKey, Namespace } from '../locales';

/**
 * The hub's i18next instance. Messages are split in namespaces (src/locales/index.ts), each fetched in
 * one language the first time it is needed: `common` before the first render (main.tsx), `errors` just
 * after it, a feature's namespaces with its route (`page()` in router.tsx). Keys are flat (home.title,
 * no nesting); t() looks a key up in `common`, then in every other namespace loaded. Placeholders are
 * written {name}; a message with a count has CLDR plural forms (`key_one`, `key_other`: Intl.PluralRules)
 * and may format it for the language with {count, number} (also {amount, money}, {day, date}).
 */
export const i18n = i18next.createInstance();
const ALL_NAMESPACES = Object.keys(NAMESPACES) as Namespace[];

void i18n.use(resourcesToBackend((language: string, namespace: string) => NAMESPACES[namespace as Namespace][language as Locale]().then(only))).init({
  supportedLngs: [...LOCALES],
  load: 'languageOnly',
  fallbackLng: false,
  ns: ['common'],
  defaultNS: 'common',
  fallbackNS: ALL_NAMESPACES.filter((ns) => ns !== 'common'),
  keySeparator: false,
  nsSeparator: false,
  interpolation: { prefix: '{', suffix: '}', escapeValue: false },
  react: { bindI18n: 'languageChanged loaded', useSuspense: false },
});
// In-message formats, Belgian for each language (the same as the components' formatMoney etc.).
const formatter = i18n.services.formatter!;
formatter.add('number', (value: number, language) => formatNumber(value, language as Locale));
formatter.add('money', (cents: number, language) => formatMoney(cents, language as Locale));
formatter.add('date', (iso: string, language) => formatIsoDate(iso, language as Locale));

/** Loads the namespaces in the current language (and in any language switched to later). */
export async function loadNamespaces(namespaces: readonly Namespace[]): Promise<void> {
  await i18n.loadNamespaces([...namespaces]);
}

/** A route's `lazy`: its code and its namespaces, fetched side by side before the page renders. */
export function page<T>(namespaces: readonly Namespace[], load: () => Promise<T>): () => Promise<T> {
  return async () => (await Promise.all([loadNamespaces(namespaces), load()]))[1];
}

/**
 * Switches i18n's language once every namespace loaded so far is here in it. A route that asks for its
 * namespaces while the switch is under way gets them in the old language (i18next loads in the current
 * one): they are fetched again in the new one before the switch is done.
 */
async function switchLanguage(locale: Locale): Promise<void> {
  await i18n.changeLanguage(locale);
  await i18n.loadNamespaces([...(i18n.options.ns as readonly string[])]);
}

/** The language's `common` messages (before the first render), then `errors` without waiting for them. */
export async function loadMessages(locale: Locale): Promise<void> {
  await switchLanguage(locale);
  void i18n.loadNamespaces('errors');
}

/** Every namespace in every language (tests render any page in any language). */
export async function loadAllMessages(): Promise<void> {
  await i18n.loadNamespaces(ALL_NAMESPACES);
  await i18n.loadLanguages([...LOCALES]);
}

/** The messages loaded so far per language, all namespaces together (plural forms under their own keys). */
export const DICTIONARIES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = Object.fromEntries(LOCALES.map((locale) => [locale, {}])) as Record<Locale, Record<string, string>>;
for (const locale of LOCALES) {
  Object.defineProperty(DICTIONARIES, locale, {
    enumerable: true,
    get: () => Object.assign({}, ...ALL_NAMESPACES.map((ns) => (i18n.getResourceBundle(locale, ns) as Record<string, string> | undefined) ?? {})) as Record<string, string>,
  });
}

/** Whether a string is one of the message keys (of a namespace loaded). */
export function isMessageKey(key: string): key is MessageKey {
  return LOCALES.some((lng) => i18n.exists(key, { lng }) || i18n.exists(`${key}_other`, { lng }));
}
export const DEFAULT_LOCALE: Locale = 'nl';
/** Where a signed-out visitor's choice is kept; signed-in users keep theirs on their account. */
export const LOCALE_STORAGE_KEY = 'partner-hub.language';

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A text the API gives in the three languages (LocalizedText). */
export type LocalizedText = Readonly<Record<Locale, string>>;

/** The text of a LocalizedText in the UI language (another language if that one is empty). */
export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale] || text.nl || text.fr || text.en;
}

/** A message in a language; the params fill its placeholders, and `count` chooses its plural form. */
export function translate(locale: Locale, key: MessageKey, params?: TranslateParams): string {
  return i18n.getFixedT(locale)(key, options(params) ?? {});
}

/** The params as i18next's interpolation values (`replace`), so that none is taken for an option. */
function options(params?: TranslateParams) {
  if (!params) return undefined;
  return typeof params.count === 'number' ? { replace: params, count: params.count } : { replace: params };
}

function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null; // storage disabled
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // storage disabled: the choice lasts until the page is closed
  }
}

/** The first of the browser's preferred languages the hub speaks ("fr-BE" -> fr). */
export function browserLocale(languages: readonly string[] = navigator.languages ?? [navigator.language]): Locale | null {
  for (const tag of languages) {
    const base = tag?.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return null;
}

/** Before the viewer is known: the visitor's earlier choice, else the browser's languages, else Dutch. */
export function detectLocale(): Locale {
  return storedLocale() ?? browserLocale() ?? DEFAULT_LOCALE;
}

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  formatMoney: (cents: number) => string;
  formatDate: (isoDate: string) => string;
  formatDateTime: (isoTimestamp: string) => string;
  formatNumber: (value: number) => string;
  /** A LocalizedText from the API in the UI language. */
  localize: (text: LocalizedText) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ initialLocale, children }: { initialLocale?: Locale; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <Messages initialLocale={initialLocale}>{children}</Messages>
    </I18nextProvider>
  );
}

function Messages({ initialLocale, children }: { initialLocale?: Locale; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? detectLocale());
  // A t() bound to the locale, renewed when a namespace arrives (a route's, or `errors`) so pages re-render.
  const { t } = useTranslation('common', { lng: locale });

  useEffect(() => {
    document.documentElement.lang = locale;
    // Routes load their namespaces in i18n's language: keep it the one shown.
    if (i18n.language !== locale) void switchLanguage(locale);
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    // Switch once the namespaces loaded so far are here in that language (at once when they are).
    void switchLanguage(next).then(() => setLocaleState(next));
  }, []);

  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, params) => t(key, options(params) ?? {}),
      formatMoney: (cents) => formatMoney(cents, locale),
      formatDate: (iso) => formatIsoDate(iso, locale),
      formatDateTime: (iso) => formatDateTime(iso, locale),
      formatNumber: (n) => formatNumber(n, locale),
      localize: (text) => localize(text, locale),
    }),
    [locale, setLocale, t],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

/** Shorthand for components that only translate. */
export function useT(): Translate {
  return useI18n().t;
}
