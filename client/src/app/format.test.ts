import { afterEach, describe, expect, it } from 'vitest';
import { centsToInput, currentYearInBrussels, formatDateTime, formatFileSize, formatIsoDate, formatMoney, formatNumber, parseEuroToCents, todayInBrussels } from './format';

describe('formatMoney', () => {
  it('formats cents in nl-BE exactly: EUR 22,000 is "€ 22.000,00"', () => {
    expect(formatMoney(2_200_000, 'nl')).toBe('€ 22.000,00');
  });

  it('formats fr-BE and en-BE with the euro', () => {
    expect(formatMoney(2_200_000, 'fr')).toBe('22 000,00 €');
    expect(formatMoney(2_200_000, 'en')).toMatch(/^€\s?22,000\.00$/);
  });

  it('keeps the cents', () => {
    expect(formatMoney(300_050, 'nl')).toBe('€ 3.000,50');
    expect(formatMoney(0, 'nl')).toBe('€ 0,00');
  });
});

describe('formatNumber', () => {
  it('groups thousands as each language does', () => {
    expect(formatNumber(12_500, 'nl')).toBe('12.500');
    expect(formatNumber(12_500, 'fr')).toBe('12 500');
    expect(formatNumber(12_500, 'en')).toBe('12,500');
  });
});

describe('formatIsoDate', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('formats a calendar date in each language', () => {
    expect(formatIsoDate('2023-03-01', 'nl')).toBe('1 maart 2023');
    expect(formatIsoDate('2023-03-01', 'fr')).toBe('1 mars 2023');
    expect(formatIsoDate('2023-03-01', 'en')).toBe('1 March 2023');
  });

  it('never shifts the day, whatever the time zone of the machine', () => {
    for (const tz of ['Pacific/Honolulu', 'Pacific/Kiritimati', 'Europe/Brussels', 'UTC']) {
      process.env.TZ = tz;
      expect(formatIsoDate('2024-01-01', 'nl'), tz).toBe('1 januari 2024');
      expect(formatIsoDate('2023-12-31', 'en'), tz).toBe('31 December 2023');
    }
  });

  it('leaves anything else as it is', () => {
    expect(formatIsoDate('01/03/2023', 'nl')).toBe('01/03/2023');
  });
});

describe('Brussels time', () => {
  it('shows timestamps in Europe/Brussels', () => {
    // 22:30 UTC on 30 June is 00:30 on 1 July in Brussels (summer time).
    const text = formatDateTime('2023-06-30T22:30:00.000Z', 'nl');
    expect(text).toContain('1 jul');
    expect(text).toContain('00:30');
  });

  it('knows today and this year in Brussels', () => {
    const newYearInBrussels = new Date('2023-12-31T23:30:00Z');
    expect(todayInBrussels(newYearInBrussels)).toBe('2024-01-01');
    expect(currentYearInBrussels(newYearInBrussels)).toBe(2024);
  });
});

describe('parseEuroToCents', () => {
  it('reads amounts as people type them, in any of the three languages', () => {
    expect(parseEuroToCents('650')).toBe(65_000);
    expect(parseEuroToCents('650,50')).toBe(65_050);
    expect(parseEuroToCents('650.5')).toBe(65_050);
    expect(parseEuroToCents('€ 1.250,00')).toBe(125_000);
    expect(parseEuroToCents('1,250.00')).toBe(125_000);
    expect(parseEuroToCents('1.250')).toBe(125_000);
    expect(parseEuroToCents('1 250,75 €')).toBe(125_075);
  });

  it('refuses what is not an amount', () => {
    for (const text of ['', 'abc', '-5', '12.5000', '1.2.3', '6,5,0']) expect(parseEuroToCents(text), text).toBeNull();
  });

  it('writes cents back the way the language types them', () => {
    expect(centsToInput(65_050, 'nl')).toBe('650,50');
    expect(centsToInput(65_050, 'fr')).toBe('650,50');
    expect(centsToInput(65_050, 'en')).toBe('650.50');
  });
});

describe('formatFileSize', () => {
  it('uses binary multiples and the locale’s units', () => {
    expect(formatFileSize(25 * 1024 * 1024, 'nl')).toBe('25 MB');
    expect(formatFileSize(1_572_864, 'nl')).toBe('1,5 MB');
    expect(formatFileSize(1_572_864, 'fr')).toBe('1,5 Mo');
    expect(formatFileSize(2048, 'fr')).toBe('2 ko');
    expect(formatFileSize(500, 'fr')).toBe('500 octets');
  });
});
