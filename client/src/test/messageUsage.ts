import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Which message keys the client's source uses, read from the files (for src/locales/locales.test.ts).
 * A key is used where it is written as a string ('home.title', also in a table of labels) or as the
 * fixed start of a template (`role.${role}` uses every `role.` key). Test files, the locales and the
 * generated src/gql are not read.
 */
export const SRC = path.resolve(import.meta.dirname, '..');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

export const SOURCE_FILES = walk(SRC).filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !/\/src\/(locales|gql|test)\//.test(file));

const source = new Map<string, string>();
const read = (file: string) => {
  let text = source.get(file);
  if (text === undefined) source.set(file, (text = readFileSync(file, 'utf8')));
  return text;
};

/** The keys a file uses, among `keys` (the keys as t() takes them: plural forms by their base name). */
export function keysUsedBy(file: string, keys: ReadonlySet<string>): Set<string> {
  const text = read(file);
  const used = new Set<string>();
  // Quotes and templates are matched apart: a template may hold quotes, and a quote a backtick.
  for (const m of text.matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)) if (keys.has(m[1] ?? m[2])) used.add(m[1] ?? m[2]);
  for (const m of text.matchAll(/`([^`$]*)`/g)) if (keys.has(m[1])) used.add(m[1]);
  for (const prefix of templatePrefixes(file)) for (const key of keys) if (key.startsWith(prefix)) used.add(key);
  return used;
}

/** The fixed starts of the templates that build a key (`stepStatus.${s}` gives "stepStatus."). */
export function templatePrefixes(file: string): string[] {
  return [...read(file).matchAll(/`([a-zA-Z][\w.]*\.)\$\{/g)].map((m) => m[1]);
}

/** Keys written in a t('...') or translate(locale, '...') call, and the fixed starts of t(`...${x}`). */
export function keysCalledBy(file: string): { keys: string[]; prefixes: string[] } {
  const text = read(file);
  return {
    keys: [...text.matchAll(/\b(?:t\(|translate\(\w+,)\s*'([\w.-]+)'\s*[,)]/g)].map((m) => m[1]),
    prefixes: [...text.matchAll(/\b(?:t\(|translate\(\w+,)\s*`([a-zA-Z][\w.]*\.)\$\{/g)].map((m) => m[1]),
  };
}

function resolve(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The source files a file imports: statically, and with import() when `dynamic`. */
export function importsOf(file: string, dynamic: boolean): string[] {
  const text = read(file);
  const specifiers = [...text.matchAll(/(?:from|import)\s+'(\.[^']+)'/g)].map((m) => m[1]);
  if (dynamic) specifiers.push(...[...text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g)].map((m) => m[1]));
  return specifiers.map((s) => resolve(file, s)).filter((f): f is string => f !== null && SOURCE_FILES.includes(f));
}

/** A file and every source file it reaches through imports. */
export function reachable(starts: readonly string[], dynamic: boolean): Set<string> {
  const seen = new Set<string>();
  const queue = [...starts];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file, dynamic));
  }
  return seen;
}

export interface RoutePage {
  /** The page module a route loads, relative to src (e.g. "features/home/HomePage"). */
  page: string;
  file: string;
  namespaces: string[];
}

/** The routes of src/app/router.tsx that load a page with `page([...namespaces], () => import(...))`. */
export function routePages(): RoutePage[] {
  const router = path.join(SRC, 'app/router.tsx');
  return [...read(router).matchAll(/lazy: (?:page\(\[([^\]]*)\], )?(?:async )?\(\) => (?:\{.*?)?import\('(\.[^']+)'\)/g)].map((m) => ({
    page: path.relative(SRC, path.resolve(path.dirname(router), m[2])),
    file: resolve(router, m[2])!,
    namespaces: [...(m[1] ?? '').matchAll(/'(\w+)'/g)].map((n) => n[1]),
  }));
}
