import { LOCALES, type Locale } from '@partner-hub/shared';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { MessageKey, Messages } from '../locales/en';
import { formatDateTime, formatIsoDate, formatMoney, formatNumber } from './format';

export { formatDateTime, formatIsoDate, formatMoney, formatNumber, intlLocale } from './format';
export type { MessageKey } from '../locales/en';

/**
 * Each language's messages, fetched the first time that language is needed: a page's first download
 * carries one language, not three. main.tsx loads the visitor's language before the first render;
 * setLocale loads another before switching to it.
 */
const LOADERS: Record<Locale, () => Promise<Messages>> = {
  nl: () => import('../locales/nl').then((m) => m.nl),
  fr: () => import('../locales/fr').then((m) => m.fr),
  en: () => import('../locales/en').then((m) => m.en),
};
/** The languages loaded so far (all three once a test setup or the app has asked for them). */
export const DICTIONARIES: Partial<Record<Locale, Messages>> = {};

export async function loadMessages(locale: Locale): Promise<void> {
  DICTIONARIES[locale] ??= await LOADERS[locale]();
}

/** Whether a string is one of the message keys (of any language loaded; all have the same keys). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.values(DICTIONARIES).some((messages) => key in messages);
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

export function translate(locale: Locale, key: MessageKey, params?: TranslateParams): string {
  const template = DICTIONARIES[locale]?.[key] ?? DICTIONARIES.en?.[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
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
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? detectLocale());

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    // Switch once the language's messages are here (at once when loaded before).
    if (DICTIONARIES[next]) setLocaleState(next);
    else void loadMessages(next).then(() => setLocaleState(next));
  }, []);

  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, params) => translate(locale, key, params),
      formatMoney: (cents) => formatMoney(cents, locale),
      formatDate: (iso) => formatIsoDate(iso, locale),
      formatDateTime: (iso) => formatDateTime(iso, locale),
      formatNumber: (n) => formatNumber(n, locale),
      localize: (text) => localize(text, locale),
    }),
    [locale, setLocale],
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
