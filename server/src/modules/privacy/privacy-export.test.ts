/**
 * Subject access exports against a real hub and database: a household's (admins only, one ZIP with
 * a JSON file per kind of record, the documents and a summary in the language asked, logged as an
 * export) and one's own account data. (Shared set-up: privacy.test-support.ts.)
 */
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../../test/harness.js';
import { AccessLogEntry } from '../audit/audit.entity.js';
import { Household } from '../household/household.entity.js';
import { hub, ids, admin, PDF, upload, getZip, readJson, expectNothingSensitiveLogged, usePrivacyHub } from './privacy.test-support.js';

usePrivacyHub();

describe('subject access export of a household', () => {
  it('requires sign-in, and is for admins only (contact persons and partners are refused)', async () => {
    const url = `/privacy/households/${ids.household.mechelen}/export.zip`;
    expect((await getZip(null, url)).res.status).toBe(401);
    for (const who of [DEMO.contact, DEMO.deputy, DEMO.coordinator, DEMO.volunteer, DEMO.otherCoordinator]) {
      const r = await getZip(await hub.as(who), url);
      expect(r.res.status, who).toBe(403);
      expect(r.json!.error.code).toBe('FORBIDDEN');
    }
    expect((await getZip(admin, `/privacy/households/00000000-0000-0000-0000-000000000000/export.zip`)).res.status).toBe(404);
  });

  it('streams one ZIP: a JSON file per kind of record, the documents, a summary in the language asked; logged as an export', async () => {
    const coordinator = await hub.as(DEMO.coordinator);
    const lease = PDF('lease of the Bruul home');
    await upload(coordinator, { householdId: ids.household.mechelen, category: 'LEASE' }, 'Huurcontract Bruul.pdf', lease);
    const medical = PDF('medical report');
    await upload(coordinator, { householdId: ids.household.mechelen, category: 'MEDICAL' }, 'Medisch verslag.pdf', medical);
    const before = await hub.orm.em.fork().count(AccessLogEntry, { household: ids.household.mechelen, what: 'export' });

    const { res, zip } = await getZip(admin, `/privacy/households/${ids.household.mechelen}/export.zip?lang=fr`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-length')).toBeNull();
    expect(Number(res.headers.get('x-partner-hub-estimated-bytes'))).toBeGreaterThan(lease.length + medical.length);
    const names = Object.keys(zip!.files);
    for (const f of [
      'summary-fr.txt',
      'household.json',
      'members.json',
      'guidance-plan.json',
      'timeline.json',
      'housing.json',
      'funding.json',
      'messages.json',
      'documents.json',
      'access-log.json',
      'feedback.json',
      'meetings.json',
    ])
      expect(names, f).toContain(f);

    const household = await readJson(zip!, 'household.json');
    expect(household).toMatchObject({
      reference: 'HH-2026-0004',
      specificNeeds: ['UNACCOMPANIED_MINOR'],
      specificNeedsNote: 'Former unaccompanied minor; guardian contact via the OCMW.',
      partnership: { name: 'Onthaalgroep Mechelen' },
    });
    expect(await readJson(zip!, 'members.json')).toMatchObject([{ firstName: 'Hassan', lastName: 'Noori', birthYear: 2006, relationship: 'HEAD', isHead: true }]);
    expect((await readJson(zip!, 'housing.json')).street).toBe('Bruul 12');
    expect((await readJson(zip!, 'funding.json')).totalCents).toBe(500_000);
    expect((await readJson(zip!, 'guidance-plan.json')).length).toBe(11);
    expect((await readJson(zip!, 'messages.json')).map((m: { body: string }) => m.body)).toEqual([
      'Hassan heeft vandaag zijn bankkaart gekregen. De inschrijving bij de VDAB staat gepland op de 12e.',
      'Goed nieuws, bedankt Pieter! Laat gerust weten als er iets misloopt met de afspraak.',
    ]);
    const documents = await readJson(zip!, 'documents.json');
    expect(documents.map((d: { name: string }) => d.name).sort()).toEqual(['Huurcontract Bruul.pdf', 'Medisch verslag.pdf']);
    const leaseFile = documents.find((d: { name: string }) => d.name === 'Huurcontract Bruul.pdf').versions[0].file;
    expect((await zip!.file(leaseFile)!.async('nodebuffer')).equals(lease)).toBe(true);

    const summary = await zip!.file('summary-fr.txt')!.async('string');
    expect(summary).toContain('Données personnelles détenues par Partner Hub : ménage');
    expect(summary).toContain('Ménage: HH-2026-0004');
    expect(summary).toContain('Hassan Noori (2006, HEAD)');
    expect(summary).toContain('Besoins spécifiques: UNACCOMPANIED_MINOR');

    // The export itself is in the access log (after the download), with who made it.
    const after = await hub.orm.em.fork().find(AccessLogEntry, { household: ids.household.mechelen, what: 'export' }, { populate: ['user'] });
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)!.user.email).toBe(DEMO.admin);
    // The access log of the household (views of specific needs and sensitive documents) is in the archive.
    const { zip: again } = await getZip(admin, `/privacy/households/${ids.household.mechelen}/export.zip?lang=en`);
    const log = await readJson(again!, 'access-log.json');
    expect(log.some((e: { what: string; user: { name: string } }) => e.what === 'export')).toBe(true);
    expect(await again!.file('summary-en.txt')!.async('string')).toContain('Personal data held by Partner Hub: household');
  });

  it('mentions elsewhere are included: meeting agenda items and feedback that name the household', async () => {
    const em = hub.orm.em.fork();
    await em.getConnection().execute(`update feedback_round set general_note = ? where partnership_id = ? and status = 'ACCEPTED'`, ['Housing for HH-2026-0004 is settled.', ids.partnership.mechelen]);
    const { zip } = await getZip(admin, `/privacy/households/${ids.household.mechelen}/export.zip?lang=nl`);
    const feedback = await readJson(zip!, 'feedback.json');
    expect(feedback.some((f: { generalNote?: string }) => f.generalNote === 'Housing for HH-2026-0004 is settled.')).toBe(true);
    expect(await zip!.file('summary-nl.txt')!.async('string')).toContain('Persoonsgegevens in Partner Hub: gezin');
  });

  it('one member: only that member’s record, logged as a member export', async () => {
    const em = hub.orm.em.fork();
    const family = await em.findOneOrFail(Household, { id: ids.household.family }, { populate: ['members'] });
    const lina = family.members.getItems().find((m) => m.firstName === 'Lina')!;
    const { res, zip } = await getZip(admin, `/privacy/households/${ids.household.family}/export.zip?member=${lina.id}&lang=en`);
    expect(res.status).toBe(200);
    const members = await readJson(zip!, 'members.json');
    expect(members.map((m: { firstName: string }) => m.firstName)).toEqual(['Lina']);
    expect(await zip!.file('summary-en.txt')!.async('string')).toContain('Member: Lina Haddad');
    expect(await em.count(AccessLogEntry, { household: ids.household.family, what: `export:member:${lina.id}` })).toBe(1);
    // Another household's member is not found.
    expect((await getZip(admin, `/privacy/households/${ids.household.single}/export.zip?member=${lina.id}`)).res.status).toBe(404);
  });
});

describe('own account data', () => {
  it('requires sign-in; any signed-in person gets their profile, messages they wrote, notification settings and sign-in history', async () => {
    expect((await getZip(null, '/privacy/me/export.zip')).res.status).toBe(401);
    const volunteer = await hub.as(DEMO.volunteer);
    await volunteer.ok(`mutation { setNotificationPreference(kind: MENTION, enabled: false) { kind enabled } }`).catch(() => undefined);
    const { res, zip } = await getZip(volunteer, '/privacy/me/export.zip?lang=nl');
    expect(res.status).toBe(200);
    expect(await readJson(zip!, 'profile.json')).toMatchObject({ email: DEMO.volunteer, role: 'VOLUNTEER' });
    const messages = await readJson(zip!, 'messages.json');
    expect(messages.map((m: { body: string }) => m.body)).toContain('Ik kan ook mee, dan kan ik de buurt al eens tonen.');
    const settings = await readJson(zip!, 'notification-settings.json');
    expect(settings).toHaveProperty('sendReadReceipts', true);
    const history = await readJson(zip!, 'sign-in-history.json');
    expect(history.signIns.length).toBeGreaterThanOrEqual(1);
    expect(history.signIns.at(-1)).toEqual({ at: expect.any(String), ip: '127.0.0.1' });
    expect(history.openSessions.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(history)).not.toMatch(/tokenHash/);
    expect(await zip!.file('summary-nl.txt')!.async('string')).toContain('Persoonsgegevens in Partner Hub: uw account');
    // Only one's own: no other person's messages.
    expect(messages.every((m: { body: string }) => !m.body.startsWith('Dag Koen'))).toBe(true);
  });
});

describe('logs', () => {
  it('nothing this file did (exports, uploads) put special-category data in the logs', () => {
    expectNothingSensitiveLogged();
  });
});
