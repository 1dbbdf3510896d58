import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserLocale, detectLocale, DICTIONARIES, i18n, isMessageKey, LOCALE_STORAGE_KEY, translate } from './i18n';

// The message files themselves (keys in every language, used, loaded by the right pages) are tested in
// src/locales/locales.test.ts.

describe('translate', () => {
  it('says "not found" in each language', () => {
    expect(translate('en', 'notFound.title')).toBe('Not found');
    expect(translate('nl', 'notFound.title')).toBe('Niet gevonden');
    expect(translate('fr', 'notFound.title')).toBe('Introuvable');
  });

  it('fills placeholders', () => {
    expect(translate('en', 'home.welcome', { name: 'Ann' })).toBe('Welcome, Ann');
    expect(translate('nl', 'household.member', { n: 2 })).toBe('Gezinslid 2');
  });

  it('leaves text that looks like HTML as it is (React escapes it)', () => {
    expect(translate('en', 'home.welcome', { name: '<b>Ann & Bob</b>' })).toBe('Welcome, <b>Ann & Bob</b>');
  });

  it('chooses the plural form by the CLDR rules of each language', () => {
    expect(translate('en', 'board.count', { count: 1 })).toBe('1 household');
    expect(translate('en', 'board.count', { count: 0 })).toBe('0 households');
    expect(translate('nl', 'board.count', { count: 1 })).toBe('1 gezin');
    expect(translate('nl', 'board.count', { count: 0 })).toBe('0 gezinnen');
    // French counts 0 and 1 as singular.
    expect(translate('fr', 'board.count', { count: 0 })).toBe('0 ménage');
    expect(translate('fr', 'messages.unread', { count: 1 })).toBe('1 non lu');
    expect(translate('fr', 'messages.unread', { count: 2 })).toBe('2 non lus');
    expect(translate('fr', 'templates.dueText', { count: 1, anchor: 'arrivée' })).toBe('1 jour après : arrivée');
  });

  it('formats counts for nl-BE, fr-BE and en', () => {
    expect(translate('en', 'io.import.done', { count: 12500 })).toBe('12,500 households imported.');
    expect(translate('nl', 'io.import.done', { count: 12500 })).toBe('12.500 gezinnen geïmporteerd.');
    expect(translate('fr', 'io.import.done', { count: 12500 })).toBe('12 500 ménages importés.');
  });

  it('offers translators money and dates in the Belgian formats ({amount, money}, {day, date})', () => {
    const format = (value: unknown, name: string, language: string) => i18n.services.formatter!.format(value, name, language, {});
    expect(format(2_200_000, 'money', 'nl')).toBe('€ 22.000,00');
    expect(format('2023-03-01', 'date', 'fr')).toBe('1 mars 2023');
  });

  it('knows its keys, plural ones by their base name', () => {
    expect(isMessageKey('board.count')).toBe(true);
    expect(isMessageKey('home.title')).toBe(true);
    expect(isMessageKey('home.nothing')).toBe(false);
  });

  it('lists the loaded messages per language, plural forms under their own keys', () => {
    expect(DICTIONARIES.fr['board.count_one']).toBe('{count, number} ménage');
    expect(DICTIONARIES.nl['notFound.title']).toBe('Niet gevonden');
  });
});

describe('initial language', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('takes the first supported browser language', () => {
    expect(browserLocale(['de-DE', 'fr-BE', 'en'])).toBe('fr');
    expect(browserLocale(['EN-gb'])).toBe('en');
    expect(browserLocale(['de', 'es'])).toBeNull();
  });

  it('prefers the stored choice, then the browser, then Dutch', () => {
    vi.stubGlobal('navigator', { languages: ['de-DE'], language: 'de-DE' });
    expect(detectLocale()).toBe('nl');
    vi.stubGlobal('navigator', { languages: ['en-US'], language: 'en-US' });
    expect(detectLocale()).toBe('en');
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'fr');
    expect(detectLocale()).toBe('fr');
  });
});
