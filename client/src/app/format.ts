import { TIME_ZONE, type Locale } from '@partner-hub/shared';

/** The Intl locale for a hub language: always the Belgian variant (nl-BE, fr-BE, en-BE). */
export function intlLocale(locale: Locale): string {
  return `${locale}-BE`;
}

// Intl separates currency symbols and thousands with (narrow) no-break spaces; the hub shows
// plain spaces so copied amounts and text searches match what people type, and keeps amounts on
// one line with CSS (.money { white-space: nowrap }).
const NO_BREAK_SPACES = /[\u00a0\u202f]/g;

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Euro cents as money in the locale: nl-BE "€ 22.000,00", fr-BE "22 000,00 €", en-BE "€22,000.00". */
export function formatMoney(cents: number, locale: Locale): string {
  const tag = intlLocale(locale);
  let format = moneyFormats.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' });
    moneyFormats.set(tag, format);
  }
  // Cents are integers; dividing by 100 is exact enough for two decimals.
  return format.format(cents / 100).replace(NO_BREAK_SPACES, ' ');
}

/**
 * A number in the locale: nl-BE "12.500", fr-BE "12 500", en "12,500" (English groups with commas, as its
 * money does: the en-BE number pattern would write "12.500", which an English reader takes for 12.5).
 */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en' : intlLocale(locale)).format(value).replace(NO_BREAK_SPACES, ' ');
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date (YYYY-MM-DD) in words, e.g. nl "1 maart 2023". A calendar date has no time
 * zone, so it is formatted as the same day in UTC: it never shifts to the previous or next day.
 * Anything that is not an ISO date is returned as it is.
 */
export function formatIsoDate(isoDate: string, locale: Locale): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return isoDate;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A moment (ISO 8601 timestamp) as date and time in Brussels. */
export function formatDateTime(isoTimestamp: string, locale: Locale): string {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  })
    .format(date)
    .replace(NO_BREAK_SPACES, ' ');
}

function brusselsParts(now: Date): Record<string, string> {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  return Object.fromEntries(parts.map((p) => [p.type, p.value]));
}

/** Today's date in Brussels as YYYY-MM-DD (the default for dates people record). */
export function todayInBrussels(now: Date = new Date()): string {
  const p = brusselsParts(now);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The current year in Brussels. */
export function currentYearInBrussels(now: Date = new Date()): number {
  return Number(brusselsParts(now).year);
}

/**
 * An amount in euro as people type it ("650", "650,50", "1.250,00", "1,250.00", "€ 650") in
 * cents, or null when it is not an amount. With one separator, a comma or a dot followed by one
 * or two digits is the decimal separator; otherwise separators group thousands.
 */
export function parseEuroToCents(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '').replace(/^EUR|EUR$/i, '');
  if (!/^\d[\d.,]*$/.test(compact)) return null;
  const lastComma = compact.lastIndexOf(',');
  const lastDot = compact.lastIndexOf('.');
  let integer = compact;
  let decimals = '';
  const decimalAt = Math.max(lastComma, lastDot);
  if (decimalAt !== -1) {
    const tail = compact.slice(decimalAt + 1);
    const separator = compact[decimalAt];
    const onlyOneKind = lastComma === -1 || lastDot === -1;
    const occurrences = compact.split(separator).length - 1;
    // "650,5" / "650.50": decimals. "1.250" / "1,250,000": thousands.
    const isDecimal = (tail.length === 1 || tail.length === 2) && (!onlyOneKind || occurrences === 1);
    if (isDecimal) {
      integer = compact.slice(0, decimalAt);
      decimals = tail;
    }
  }
  const grouped = integer.replace(/[.,]/g, '');
  if (!/^\d+$/.test(grouped) || !/^\d*$/.test(decimals)) return null;
  // Groups of thousands must be three digits ("1.25" was a decimal, "12.5000" is a typo).
  const groups = integer.split(/[.,]/);
  if (groups.length > 1 && groups.slice(1).some((g) => g.length !== 3)) return null;
  return Number(grouped) * 100 + Number(decimals.padEnd(2, '0') || '0');
}

/** Cents as the plain number people type in the locale (nl/fr "650,50", en "650.50"), no currency. */
export function centsToInput(cents: number, locale: Locale): string {
  const text = (cents / 100).toFixed(2);
  return locale === 'en' ? text : text.replace('.', ',');
}

const sizeFormats = new Map<string, Intl.NumberFormat>();

/**
 * A file size in the locale, with the unit people know (binary multiples, as operating systems
 * show them): nl-BE "1,5 MB", fr-BE "1,5 Mo", en-BE "1.5 MB"; "25 MB" for 25 × 1024 × 1024 bytes.
 */
export function formatFileSize(bytes: number, locale: Locale): string {
  const units = [
    ['byte', 1],
    ['kilobyte', 1024],
    ['megabyte', 1024 ** 2],
    ['gigabyte', 1024 ** 3],
  ] as const;
  let [unit, divisor] = units[0] as readonly [string, number];
  for (const [u, d] of units) if (bytes >= d) [unit, divisor] = [u, d];
  const tag = intlLocale(locale);
  const cacheKey = `${tag}:${unit}`;
  let format = sizeFormats.get(cacheKey);
  if (!format) {
    format = new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: unit === 'byte' ? 'long' : 'short', maximumFractionDigits: unit === 'byte' || unit === 'kilobyte' ? 0 : 1 });
    sizeFormats.set(cacheKey, format);
  }
  return format.format(bytes / divisor).replace(NO_BREAK_SPACES, ' ');
}
