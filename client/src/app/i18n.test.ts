import { ERROR_CODES, HOUSEHOLD_STATUSES, ORGANISATION_KINDS, ROLES, SPECIFIC_NEEDS } from '@partner-hub/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../locales/en';
import { fr } from '../locales/fr';
import { nl } from '../locales/nl';
import { browserLocale, detectLocale, DICTIONARIES, LOCALE_STORAGE_KEY, translate } from './i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('nl and fr have exactly the keys of en', () => {
    const keys = Object.keys(en).sort();
    expect(Object.keys(nl).sort()).toEqual(keys);
    expect(Object.keys(fr).sort()).toEqual(keys);
  });

  it('has no empty message', () => {
    for (const [locale, messages] of Object.entries(DICTIONARIES)) {
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
      }
    }
  });

  it('uses the same placeholders in every language', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(nl[key]), `nl ${key}`).toEqual(placeholders(en[key]));
      expect(placeholders(fr[key]), `fr ${key}`).toEqual(placeholders(en[key]));
    }
  });

  it('has a message for every error code of @partner-hub/shared, in every language', () => {
    for (const code of ERROR_CODES) {
      for (const messages of Object.values(DICTIONARIES)) {
        const key = `error.${code}` as keyof typeof messages;
        expect(messages[key], code).toBeTruthy();
      }
    }
  });

  it('labels every role, organisation kind, household status and specific need', () => {
    for (const messages of Object.values(DICTIONARIES)) {
      const all = messages as Record<string, string>;
      for (const role of ROLES) expect(all[`role.${role}`]).toBeTruthy();
      for (const kind of ORGANISATION_KINDS) expect(all[`orgKind.${kind}`]).toBeTruthy();
      for (const status of HOUSEHOLD_STATUSES) expect(all[`householdStatus.${status}`]).toBeTruthy();
      for (const need of SPECIFIC_NEEDS) expect(all[`specificNeed.${need}`]).toBeTruthy();
    }
  });

  it('says "not found" in each language', () => {
    expect(translate('en', 'notFound.title')).toBe('Not found');
    expect(translate('nl', 'notFound.title')).toBe('Niet gevonden');
    expect(translate('fr', 'notFound.title')).toBe('Introuvable');
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('en', 'home.welcome', { name: 'Ann' })).toBe('Welcome, Ann');
    expect(translate('nl', 'household.member', { n: 2 })).toBe('Gezinslid 2');
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
