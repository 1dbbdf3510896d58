import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ERROR_CODES, HOUSEHOLD_STATUSES, ORGANISATION_KINDS, ROLES, SPECIFIC_NEEDS } from '@partner-hub/shared';
import { describe, expect, it } from 'vitest';
import { keysCalledBy, keysUsedBy, reachable, routePages, SOURCE_FILES, SRC } from '../test/messageUsage';
import { NAMESPACES, only, type Namespace } from '.';

/**
 * The message files against each other and against the source: a key missing in a language, a key no
 * code uses, a key the code asks that no file defines, or a page that does not load the namespace of a
 * string it shows each fail here, with the keys named.
 */
const LANGUAGES = ['en', 'nl', 'fr'] as const;
type Language = (typeof LANGUAGES)[number];
const NAMES = Object.keys(NAMESPACES) as Namespace[];

const messages = Object.fromEntries(
  await Promise.all(NAMES.map(async (ns) => [ns, Object.fromEntries(await Promise.all(LANGUAGES.map(async (lang) => [lang, only(await NAMESPACES[ns][lang]())] as const)))] as const)),
) as Record<Namespace, Record<Language, Readonly<Record<string, string>>>>;

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');
/** Each key as t() takes it, with its namespace. */
const namespaceOf = new Map<string, Namespace>();
for (const ns of NAMES) for (const key of Object.keys(messages[ns].en)) namespaceOf.set(base(key), ns);
const KEYS = new Set(namespaceOf.keys());
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:, *\w+)?\}/g)].map((m) => m[1]);

describe('the message files', () => {
  it('are each registered once in src/locales/index.ts, in the three languages', () => {
    const files = readdirSync(path.join(SRC, 'locales')).filter((f) => /^\w+\.(en|nl|fr)\.ts$/.test(f));
    expect(files.sort()).toEqual(NAMES.flatMap((ns) => LANGUAGES.map((lang) => `${ns}.${lang}.ts`)).sort());
  });

  it('define each key in one namespace only', () => {
    const twice = NAMES.flatMap((ns) =>
      Object.keys(messages[ns].en)
        .filter((key) => namespaceOf.get(base(key)) !== ns)
        .map((key) => `${ns}: ${key}`),
    );
    expect(twice).toEqual([]);
  });

  it('have in nl and fr exactly the keys of en, namespace by namespace', () => {
    for (const ns of NAMES) {
      const keys = Object.keys(messages[ns].en).sort();
      expect(Object.keys(messages[ns].nl).sort(), `nl ${ns}`).toEqual(keys);
      expect(Object.keys(messages[ns].fr).sort(), `fr ${ns}`).toEqual(keys);
    }
  });

  it('have every plural form each language uses for whole numbers (CLDR rules of Intl.PluralRules)', () => {
    const missing: string[] = [];
    for (const lang of LANGUAGES) {
      const rules = new Intl.PluralRules(lang);
      const categories = new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)));
      for (const ns of NAMES) {
        const keys = Object.keys(messages[ns][lang]);
        for (const plural of new Set(keys.filter((k) => PLURAL.test(k)).map(base))) {
          for (const category of categories) if (!keys.includes(`${plural}_${category}`)) missing.push(`${lang} ${plural}_${category}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('have no empty message', () => {
    for (const ns of NAMES) for (const lang of LANGUAGES) for (const [key, text] of Object.entries(messages[ns][lang])) expect(text.trim(), `${lang} ${key}`).not.toBe('');
  });

  it('use the same placeholders in every language', () => {
    for (const ns of NAMES) {
      const of = (lang: Language, key: string) =>
        [
          ...new Set(
            Object.entries(messages[ns][lang])
              .filter(([k]) => base(k) === key)
              .flatMap(([, text]) => placeholders(text)),
          ),
        ].sort();
      for (const key of new Set(Object.keys(messages[ns].en).map(base))) {
        expect(of('nl', key), `nl ${key}`).toEqual(of('en', key));
        expect(of('fr', key), `fr ${key}`).toEqual(of('en', key));
      }
    }
  });

  it('have a message for every error code of @partner-hub/shared, in every language', () => {
    for (const code of ERROR_CODES) for (const lang of LANGUAGES) expect(messages.errors[lang][`error.${code}`], `${lang} ${code}`).toBeTruthy();
  });

  it('label every role, organisation kind, household status and specific need', () => {
    const labels = [
      ...ROLES.map((r) => `role.${r}`),
      ...ORGANISATION_KINDS.map((k) => `orgKind.${k}`),
      ...HOUSEHOLD_STATUSES.map((s) => `householdStatus.${s}`),
      ...SPECIFIC_NEEDS.map((n) => `specificNeed.${n}`),
    ];
    expect(labels.filter((key) => !KEYS.has(key))).toEqual([]);
  });
});

describe('the keys in the source', () => {
  const used = new Map(SOURCE_FILES.map((file) => [file, keysUsedBy(file, KEYS)]));

  it('use every key', () => {
    const all = new Set([...used.values()].flatMap((keys) => [...keys]));
    expect([...KEYS].filter((key) => !all.has(key))).toEqual([]);
  });

  it('ask only keys that are defined', () => {
    const undefinedKeys = SOURCE_FILES.flatMap((file) => {
      const { keys, prefixes } = keysCalledBy(file);
      return [...keys.filter((key) => !KEYS.has(key)), ...prefixes.filter((prefix) => ![...KEYS].some((key) => key.startsWith(prefix))).map((prefix) => `${prefix}*`)].map(
        (key) => `${path.relative(SRC, file)}: ${key}`,
      );
    });
    expect(undefinedKeys).toEqual([]);
  });

  // The shell is what main.tsx imports statically: its strings must be in `common` (errors in `errors`).
  const shell = reachable([path.join(SRC, 'main.tsx')], false);
  const nsNeeded = (files: Iterable<string>) => {
    const needed = new Map<string, Namespace>();
    for (const file of files) for (const key of used.get(file) ?? []) needed.set(key, namespaceOf.get(key)!);
    return needed;
  };

  it('find the strings of the shell in common (and the error messages in errors)', () => {
    const elsewhere = [...nsNeeded(shell)].filter(([key, ns]) => ns !== 'common' && !(ns === 'errors' && key.startsWith('error.')));
    expect(elsewhere.map(([key, ns]) => `${key} (in ${ns})`)).toEqual([]);
  });

  it.each(routePages().map((route) => [route.page, route] as const))('load with %s the namespaces of its strings, and no other', (_, route) => {
    const files = [...reachable([route.file], true)].filter((file) => !shell.has(file));
    const needed = nsNeeded(files);
    const loaded = new Set<Namespace>(['common', 'errors', ...(route.namespaces as Namespace[])]);
    expect(
      [...needed].filter(([, ns]) => !loaded.has(ns)).map(([key, ns]) => `${key} (in ${ns})`),
      'strings of namespaces not loaded',
    ).toEqual([]);
    const namespaces = new Set(needed.values());
    expect(
      route.namespaces.filter((ns) => !namespaces.has(ns as Namespace)),
      'namespaces loaded for nothing',
    ).toEqual([]);
  });
});
