/**
 * Volume data: a national year of the hub (500 partnerships, 5,000 households, 200 threads of
 * 1,000 messages, 50,000 notifications) times a scale factor, inserted in bulk (MikroORM's
 * insertMany in batches, one transaction per batch) on SQLite or PostgreSQL. Additive: each call
 * adds its own rows (names and references carry a run tag), on top of the demo data, whose people
 * are the partnerships' contact persons, the partners' members, the authors and the recipients.
 *
 * Used by the volume test and benchmark, and as a script (`pnpm generate:volume`, scripts/generate-volume.ts).
 */
import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { Household, HouseholdMember } from '../src/modules/household/household.entity.js';
import { Message, Thread } from '../src/modules/messaging/messaging.entity.js';
import { Notification } from '../src/modules/notification/notification.entity.js';
import { Organisation } from '../src/modules/organisation/organisation.entity.js';
import { Partnership, PartnershipMember } from '../src/modules/partnership/partnership.entity.js';
import { Programme } from '../src/modules/programme/programme.entity.js';
import { User } from '../src/modules/user/user.entity.js';

/** A national year at scale 1. */
export const NATIONAL_YEAR = { partnerships: 500, householdsPerPartnership: 10, threads: 200, messagesPerThread: 1000, notifications: 50_000 } as const;

export interface VolumeSize {
  partnerships: number;
  householdsPerPartnership: number;
  threads: number;
  messagesPerThread: number;
  notifications: number;
}

/** The national year times `scale` (at least one of each). */
export function volumeSize(scale: number): VolumeSize {
  const n = (x: number) => Math.max(1, Math.round(x * scale));
  return {
    partnerships: n(NATIONAL_YEAR.partnerships),
    householdsPerPartnership: NATIONAL_YEAR.householdsPerPartnership,
    threads: n(NATIONAL_YEAR.threads),
    messagesPerThread: n(NATIONAL_YEAR.messagesPerThread),
    notifications: n(NATIONAL_YEAR.notifications),
  };
}

export interface VolumeResult {
  size: VolumeSize;
  tag: string;
  /** Partnerships whose contact person is the demo contact person (their threads are in the inbox). */
  contactPartnershipIds: string[];
  threadIds: string[];
  rows: number;
  ms: number;
}

const BATCH = Number(process.env.VOLUME_BATCH ?? 1000);

/** The demo contact person: contact person of one partnership in ten, sees every thread, gets most notifications. */
export const VOLUME_CONTACT = 'contact@partnerhub.example';

export async function generateVolume(orm: MikroORM, size: VolumeSize, log: (line: string) => void = () => {}): Promise<VolumeResult> {
  const started = Date.now();
  const tag = randomUUID().slice(0, 6);
  const em = orm.em.fork();
  const users = await em.find(User, {}, { orderBy: { email: 'asc' } });
  const byEmail = new Map(users.map((u) => [u.email, u]));
  const contact = byEmail.get(VOLUME_CONTACT);
  const others = users.filter((u) => u.role === 'CONTACT_PERSON' && u !== contact);
  if (!contact) throw new Error(`The volume data needs the demo data (${VOLUME_CONTACT}); start from a database seeded with it.`);
  const partnerOrgs = (await em.find(Organisation, {}, { orderBy: { name: 'asc' } })).filter((o) => o.kind !== 'FEDASIL');
  const partnerPeople = users.filter((u) => u.organisation && partnerOrgs.includes(u.organisation));
  const programmes = await em.find(Programme, {}, { orderBy: { code: 'asc' } });
  const resettlement = programmes.find((p) => p.code === 'RESETTLEMENT') ?? programmes[0];
  let rows = 0;

  async function insert<T extends object>(entities: T[]) {
    for (let i = 0; i < entities.length; i += BATCH) {
      const batch = entities.slice(i, i + BATCH);
      await em.transactional((tx) => tx.insertMany(batch));
      rows += batch.length;
    }
  }

  // Partnerships, one in ten the demo contact person's; the lead organisation in turn.
  const partnerships: Partnership[] = [];
  const members: PartnershipMember[] = [];
  for (let i = 0; i < size.partnerships; i++) {
    const p = em.create(
      Partnership,
      {
        name: `Volume ${tag} ${String(i).padStart(4, '0')}`,
        programme: resettlement,
        track: i % 2 ? 'COMMUNITY_SPONSORSHIP' : 'FLEXIBLE_FRAMEWORK',
        status: 'ACTIVE',
        capacityPledged: size.householdsPerPartnership * 3,
        contactPerson: i % 10 === 0 ? contact : (others[i % Math.max(1, others.length)] ?? contact),
      },
      { persist: false },
    );
    partnerships.push(p);
    members.push(em.create(PartnershipMember, { partnership: p, organisation: partnerOrgs[i % partnerOrgs.length], lead: true }, { persist: false }));
  }
  await insert(partnerships);
  await insert(members);
  log(`partnerships: ${partnerships.length}`);

  // Households in guidance, arrived over the past year; three people each.
  const today = new Date();
  const day = (offset: number) => new Date(today.getTime() - offset * 86_400_000).toISOString().slice(0, 10);
  let households: Household[] = [];
  let people: HouseholdMember[] = [];
  let count = 0;
  for (const [pi, p] of partnerships.entries()) {
    for (let j = 0; j < size.householdsPerPartnership; j++) {
      const arrived = day(10 + ((pi * 7 + j * 31) % 350));
      const h = em.create(
        Household,
        {
          partnership: p,
          reference: `VOL-${tag}-${String(pi).padStart(4, '0')}-${String(j).padStart(2, '0')}`,
          arrivalRoute: j % 2 ? 'DIRECT' : 'AFTER_RECEPTION',
          plannedArrivalDate: arrived,
          arrivalDate: arrived,
          guidanceStart: arrived,
          specificNeeds: j % 3 ? [] : ['FAMILY_WITH_CHILDREN'],
        },
        { persist: false },
      );
      households.push(h);
      const last = `V${pi}-${j}`;
      people.push(
        em.create(HouseholdMember, { household: h, firstName: 'Head', lastName: last, birthYear: 1980, relationship: 'HEAD', position: 0 }, { persist: false }),
        em.create(HouseholdMember, { household: h, firstName: 'Spouse', lastName: last, birthYear: 1983, relationship: 'SPOUSE', position: 1 }, { persist: false }),
        em.create(HouseholdMember, { household: h, firstName: 'Child', lastName: last, birthYear: 2016, relationship: 'CHILD', position: 2 }, { persist: false }),
      );
      if (households.length >= BATCH) {
        await insert(households);
        await insert(people);
        count += households.length;
        households = [];
        people = [];
      }
    }
  }
  await insert(households);
  await insert(people);
  count += households.length;
  log(`households: ${count}`);

  // Subject threads in the demo contact person's partnerships, each with its messages: the
  // contact person, a partner's person and the admin in turn, one internal note in ten.
  const contactPartnerships = partnerships.filter((_, i) => i % 10 === 0);
  const authors = [contact, ...partnerPeople.slice(0, 1), ...users.filter((u) => u.role === 'ADMIN').slice(0, 1)];
  const threadIds: string[] = [];
  const start = today.getTime() - 365 * 86_400_000;
  for (let t = 0; t < size.threads; t++) {
    const n = size.messagesPerThread;
    const at = (seq: number) => new Date(start + ((t * 997 + seq * 60_000) % (360 * 86_400_000)));
    const thread = em.create(
      Thread,
      { kind: 'SUBJECT', subject: `Volume ${tag} subject ${t}`, partnership: contactPartnerships[t % contactPartnerships.length], createdBy: contact, createdAt: at(0) },
      { persist: false },
    );
    const messages: Message[] = [];
    let publicSeq = 0;
    let lastPublicAt = at(0);
    for (let seq = 1; seq <= n; seq++) {
      const internal = seq % 10 === 0;
      if (!internal) {
        publicSeq++;
        lastPublicAt = at(seq);
      }
      const author = internal ? contact : authors[seq % authors.length];
      messages.push(
        em.create(
          Message,
          {
            thread,
            seq,
            changeSeq: seq,
            publicSeq: internal ? null : publicSeq,
            publicChangeSeq: internal ? null : seq,
            author,
            clientId: `vol-${tag}-${t}-${seq}`,
            body: `Message ${seq} of thread ${t}: ${'lorem ipsum '.repeat(1 + (seq % 8))}`.trim(),
            internal,
            createdAt: at(seq),
          },
          { persist: false },
        ),
      );
    }
    thread.lastSeq = n;
    thread.lastChangeSeq = n;
    thread.lastPublicSeq = publicSeq;
    thread.lastPublicChangeSeq = n;
    thread.lastMessageAt = at(n);
    thread.lastPublicMessageAt = lastPublicAt;
    await insert([thread]);
    await insert(messages);
    threadIds.push(thread.id);
  }
  log(`threads: ${size.threads} with ${size.messagesPerThread} messages each`);

  // Notifications: most for the demo contact person (their list is the one read), the rest spread.
  let batch: Notification[] = [];
  for (let i = 0; i < size.notifications; i++) {
    const recipient = i % 2 === 0 ? contact : users[i % users.length];
    batch.push(
      em.create(
        Notification,
        {
          recipient,
          kind: i % 7 ? 'MESSAGE' : 'MENTION',
          sourceType: 'THREAD',
          sourceId: threadIds[i % threadIds.length],
          partnershipId: contactPartnerships[i % contactPartnerships.length].id,
          actor: authors[i % authors.length],
          excerpt: `Notification ${i}`,
          createdAt: new Date(start + i * 600_000),
          readAt: i % 3 ? new Date(start + i * 600_000 + 60_000) : null,
        },
        { persist: false },
      ),
    );
    if (batch.length >= BATCH) {
      await insert(batch);
      batch = [];
    }
  }
  await insert(batch);
  log(`notifications: ${size.notifications}`);

  return { size, tag, contactPartnershipIds: contactPartnerships.map((p) => p.id), threadIds, rows, ms: Date.now() - started };
}
