import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, codes, DEMO, demoIds, type TestHub, startTestHub } from '../../../test/harness.js';

let hub: TestHub;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  hub = await startTestHub();
  ids = await demoIds(hub);
});
afterAll(() => hub?.close());

const CREATE = `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id name status programme { code } members { lead organisation { name } } contactPerson { email } deputy { email } fundingTotalCents } }`;
const names = (data: Answer): string[] => data.partnerships.edges.map((e: { node: { name: string } }) => e.node.name);

describe('createPartnership', () => {
  it('creates a consortium with a lead, contact person and deputy (admins)', async () => {
    const admin = await hub.as(DEMO.admin);
    const { createPartnership: p } = await admin.ok(CREATE, {
      input: {
        name: 'Leuven Verbindt',
        programme: 'RESETTLEMENT',
        track: 'FLEXIBLE_FRAMEWORK',
        leadOrganisationId: ids.org['Gemeente Zemst'],
        agreementStart: '2027-01-01',
        agreementEnd: '2027-12-31',
        capacityPledged: 10,
        contactPersonId: ids.user[DEMO.contact],
        deputyId: ids.user[DEMO.deputy],
      },
    });
    expect(p).toMatchObject({
      name: 'Leuven Verbindt',
      status: 'DRAFT',
      programme: { code: 'RESETTLEMENT' },
      contactPerson: { email: DEMO.contact },
      deputy: { email: DEMO.deputy },
      fundingTotalCents: 0,
    });
    expect(p.members).toEqual([{ lead: true, organisation: { name: 'Gemeente Zemst' } }]);

    const added = await admin.ok(`mutation($p: ID!, $o: ID!) { addPartnershipMember(partnershipId: $p, organisationId: $o, lead: true) { members { lead organisation { name } } } }`, {
      p: p.id,
      o: ids.org['Samen Thuis vzw'],
    });
    expect(added.addPartnershipMember.members).toEqual([
      { lead: true, organisation: { name: 'Samen Thuis vzw' } },
      { lead: false, organisation: { name: 'Gemeente Zemst' } },
    ]);
    expect(codes(await admin.gql(`mutation($p: ID!, $o: ID!) { addPartnershipMember(partnershipId: $p, organisationId: $o) { id } }`, { p: p.id, o: ids.org['Samen Thuis vzw'] }))).toEqual([
      'ORGANISATION_ALREADY_MEMBER',
    ]);
    expect(codes(await admin.gql(`mutation($p: ID!, $o: ID!) { removePartnershipMember(partnershipId: $p, organisationId: $o) { id } }`, { p: p.id, o: ids.org['Samen Thuis vzw'] }))).toEqual([
      'LEAD_ORGANISATION_REQUIRED',
    ]);
    const removed = await admin.ok(`mutation($p: ID!, $o: ID!) { removePartnershipMember(partnershipId: $p, organisationId: $o) { members { organisation { name } } } }`, {
      p: p.id,
      o: ids.org['Gemeente Zemst'],
    });
    expect(removed.removePartnershipMember.members).toEqual([{ organisation: { name: 'Samen Thuis vzw' } }]);
  });

  it('refuses a contact person who is not Fedasil staff, the same person as deputy, and reversed dates', async () => {
    const admin = await hub.as(DEMO.admin);
    const base = { name: 'Nope', programme: 'RESETTLEMENT', track: 'FLEXIBLE_FRAMEWORK', leadOrganisationId: ids.org['Gemeente Zemst'], capacityPledged: 1 };
    expect(codes(await admin.gql(CREATE, { input: { ...base, contactPersonId: ids.user[DEMO.coordinator] } }))).toEqual(['CONTACT_PERSON_ROLE_REQUIRED']);
    expect(codes(await admin.gql(CREATE, { input: { ...base, contactPersonId: ids.user[DEMO.contact], deputyId: ids.user[DEMO.contact] } }))).toEqual(['DEPUTY_SAME_AS_CONTACT_PERSON']);
    expect(codes(await admin.gql(CREATE, { input: { ...base, agreementStart: '2027-02-01', agreementEnd: '2027-01-01' } }))).toEqual(['INVALID_DATE_RANGE']);
    expect(codes(await admin.gql(CREATE, { input: { ...base, capacityPledged: -1 } }))).toEqual(['BAD_USER_INPUT']);
    const all = await admin.ok(`{ partnerships(first: 100) { edges { node { name } } } }`);
    expect(names(all)).not.toContain('Nope');
  });
});

describe('partnerships', () => {
  it('pages by name with cursors', async () => {
    const admin = await hub.as(DEMO.admin);
    const first = await admin.ok(`{ partnerships(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`);
    // The demo's return desks (demo-return.ts), its five socio-legal desks and its two vulnerable-group partnerships (demo-sociolegal.ts).
    expect(first.partnerships.totalCount).toBe(17);
    expect(names(first)).toEqual(['Gent Samen', 'Guichet retour Charleroi']);
    const second = await admin.ok(`query($a: String) { partnerships(first: 20, after: $a) { pageInfo { hasNextPage } edges { node { name } } } }`, { a: first.partnerships.pageInfo.endCursor });
    expect(names(second)).toEqual([
      'Guichet retour Liège',
      'Guichet socio-juridique Charleroi',
      'Guichet socio-juridique Liège',
      'Leuven Verbindt',
      'Liège Accueil',
      'Onthaalgroep Mechelen',
      'Sociaal-juridisch loket Antwerpen',
      'Sociaal-juridisch loket Brussel',
      'Sociaal-juridisch loket Gent',
      'Terugkeerloket Antwerpen',
      'Terugkeerloket Brussel',
      'Terugkeerloket Gent',
      'Trajet de soutien Groupes vulnérables',
      'Zemst Verwelkomt',
      'Zorgtraject Kwetsbare Groepen',
    ]);
    expect(second.partnerships.pageInfo.hasNextPage).toBe(false);
  });

  it('counts the whole list only when totalCount is asked for: one statement less without it', async () => {
    const admin = await hub.as(DEMO.admin);
    const cost = async (query: string) => {
      const before = hub.statements.count;
      const data = await admin.ok(query);
      return { statements: hub.statements.count - before, data };
    };
    const without = await cost(`{ partnerships(first: 2) { edges { node { name } } } }`);
    const counted = await cost(`{ partnerships(first: 2) { totalCount edges { node { name } } } }`);
    expect(counted.statements - without.statements).toBe(1);
    expect(counted.data.partnerships.totalCount).toBe(17);
    expect(names(counted.data)).toEqual(names(without.data));
  });

  it('filters by programme, status and contact person', async () => {
    const admin = await hub.as(DEMO.admin);
    expect(names(await admin.ok(`{ partnerships(filter: { programme: VOLUNTARY_RETURN }) { edges { node { name } } } }`))).toEqual([
      'Guichet retour Charleroi',
      'Guichet retour Liège',
      'Terugkeerloket Antwerpen',
      'Terugkeerloket Brussel',
      'Terugkeerloket Gent',
    ]);
    expect(names(await admin.ok(`{ partnerships(filter: { status: DRAFT }) { edges { node { name } } } }`))).toEqual(['Leuven Verbindt', 'Zemst Verwelkomt']);
    const byContact = await admin.ok(`query($c: ID) { partnerships(filter: { contactPersonId: $c }) { edges { node { name } } } }`, { c: ids.user[DEMO.otherContact] });
    expect(names(byContact)).toEqual(['Liège Accueil']);
  });

  it('lists for a contact person only the partnerships they are contact or deputy of', async () => {
    const deputy = await hub.as(DEMO.deputy);
    expect(names(await deputy.ok(`{ partnerships { edges { node { name } } } }`))).toEqual(['Gent Samen', 'Leuven Verbindt', 'Onthaalgroep Mechelen', 'Zemst Verwelkomt']);
  });
});

describe('updatePartnership and assignContactPerson', () => {
  it('lets the contact person update their partnership but not reassign it', async () => {
    const contact = await hub.as(DEMO.contact);
    const r = await contact.ok(`mutation($id: ID!) { updatePartnership(id: $id, input: { status: SUSPENDED, capacityPledged: 8 }) { status capacityPledged } }`, { id: ids.partnership.mechelen });
    expect(r.updatePartnership).toEqual({ status: 'SUSPENDED', capacityPledged: 8 });
    const assign = await contact.gql(`mutation($p: ID!, $c: ID!) { assignContactPerson(partnershipId: $p, contactPersonId: $c) { id } }`, { p: ids.partnership.mechelen, c: ids.user[DEMO.deputy] });
    expect(codes(assign)).toEqual(['FORBIDDEN']);
  });

  it('lets an admin hand a partnership to another contact person, who then sees it', async () => {
    const admin = await hub.as(DEMO.admin);
    await admin.ok(`mutation($p: ID!, $c: ID!, $d: ID) { assignContactPerson(partnershipId: $p, contactPersonId: $c, deputyId: $d) { id } }`, {
      p: ids.partnership.zemst,
      c: ids.user[DEMO.otherContact],
      d: null,
    });
    const other = await hub.as(DEMO.otherContact);
    expect(names(await other.ok(`{ partnerships { edges { node { name } } } }`))).toEqual(['Liège Accueil', 'Zemst Verwelkomt']);
    const deputy = await hub.as(DEMO.deputy);
    expect(codes(await deputy.gql(`query($id: ID!) { partnership(id: $id) { name } }`, { id: ids.partnership.zemst }))).toEqual(['NOT_FOUND']);
  });
});

describe('organisations', () => {
  it('creates and updates organisations (admins), with unique names', async () => {
    const admin = await hub.as(DEMO.admin);
    const o = await admin.ok(`mutation { createOrganisation(input: { name: "Stad Leuven", kind: CITY, city: "Leuven", contactEmail: "Info@Leuven.example" }) { id name kind contactEmail } }`);
    expect(o.createOrganisation).toMatchObject({ name: 'Stad Leuven', kind: 'CITY', contactEmail: 'info@leuven.example' });
    expect(codes(await admin.gql(`mutation { createOrganisation(input: { name: "Stad Leuven", kind: CITY }) { id } }`))).toEqual(['NAME_TAKEN']);
    const u = await admin.ok(`mutation($id: ID!) { updateOrganisation(id: $id, input: { name: "Stad Leuven", kind: CITY, street: "Naamsestraat 3" }) { street } }`, { id: o.createOrganisation.id });
    expect(u.updateOrganisation.street).toBe('Naamsestraat 3');
  });

  it('shows partners only their own organisations and those of their partnerships', async () => {
    const coordinator = await hub.as(DEMO.coordinator);
    const { organisations } = await coordinator.ok(`{ organisations { name } }`);
    expect(organisations.map((o: { name: string }) => o.name)).toEqual(['Onthaalgroep Mechelen', 'Samen Thuis vzw']);
  });
});

describe('quotaProgress', () => {
  it('counts persons arrived and planned against the 2023 resettlement quota of 500', async () => {
    const admin = await hub.as(DEMO.admin);
    const r = await admin.ok(`{ quotaProgress(programme: RESETTLEMENT, year: 2023) { quota personsArrived personsPlanned programme { code } } }`);
    expect(r.quotaProgress).toEqual({ quota: 500, personsArrived: 6, personsPlanned: 0, programme: { code: 'RESETTLEMENT' } });
    const r27 = await admin.ok(`{ quotaProgress(programme: RESETTLEMENT, year: 2027) { quota personsArrived personsPlanned } }`);
    expect(r27.quotaProgress).toEqual({ quota: 0, personsArrived: 0, personsPlanned: 3 });
  });
});

describe('setQuota', () => {
  it('sets and changes a quota; the progress follows', async () => {
    const admin = await hub.as(DEMO.admin);
    await admin.ok(`mutation { setQuota(programme: RESETTLEMENT, year: 2027, persons: 300) { persons } }`);
    const changed = await admin.ok(`mutation { setQuota(programme: RESETTLEMENT, year: 2027, persons: 320) { year persons } }`);
    expect(changed.setQuota).toEqual({ year: 2027, persons: 320 });
    expect((await admin.ok(`{ quotaProgress(programme: RESETTLEMENT, year: 2027) { quota } }`)).quotaProgress.quota).toBe(320);
    expect(codes(await admin.gql(`mutation { setQuota(programme: RESETTLEMENT, year: 2027, persons: -5) { persons } }`))).toEqual(['BAD_USER_INPUT']);
  });
});
