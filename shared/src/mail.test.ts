import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from './domain.js';
import { defaultEmailMode, DIGEST_TIME_PATTERN } from './mail.js';

describe('defaultEmailMode', () => {
  it('puts everything of a volunteer in the daily digest', () => {
    for (const kind of NOTIFICATION_KINDS) expect(defaultEmailMode('VOLUNTEER', kind)).toBe('DIGEST');
  });

  it('mails contact persons mentions and feedback submissions at once', () => {
    expect(defaultEmailMode('CONTACT_PERSON', 'MENTION')).toBe('IMMEDIATE');
    expect(defaultEmailMode('CONTACT_PERSON', 'FEEDBACK_SUBMITTED')).toBe('IMMEDIATE');
    expect(defaultEmailMode('CONTACT_PERSON', 'MESSAGE')).toBe('DIGEST');
    expect(defaultEmailMode('CONTACT_PERSON', 'FEEDBACK_OVERDUE')).toBe('DIGEST');
  });

  it('never defaults to no email', () => {
    for (const role of ['ADMIN', 'CONTACT_PERSON', 'COORDINATOR', 'VOLUNTEER'] as const) for (const kind of NOTIFICATION_KINDS) expect(defaultEmailMode(role, kind)).not.toBe('NEVER');
  });
});

describe('DIGEST_TIME_PATTERN', () => {
  it('accepts HH:MM from 00:00 to 23:59 only', () => {
    for (const ok of ['00:00', '08:30', '23:59']) expect(DIGEST_TIME_PATTERN.test(ok), ok).toBe(true);
    for (const bad of ['24:00', '8:30', '08:60', '0830', '', '08:30:00']) expect(DIGEST_TIME_PATTERN.test(bad), bad).toBe(false);
  });
});
