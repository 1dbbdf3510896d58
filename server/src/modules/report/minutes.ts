/**
 * Meeting minutes and evaluation as a PDF (pdfkit) that partner users acknowledge. The content is
 * what the viewer may see of the meeting (agenda items from a proposal only for those who see its
 * partnership); its SHA-256 digest identifies the version an acknowledgement is about.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Attendance, EVALUATION_OBJECTIVES, type EvaluationObjective, type Locale, type MeetingKind } from '@partner-hub/shared';
import PDFDocument from 'pdfkit';
import { type Context, requireViewer } from '../../app/context.js';
import { AppError, forbidden } from '../../app/errors.js';
import type { Meeting } from '../meeting/meeting.entity.js';
import { meetingLoaders } from '../meeting/index.js';
import type { MeetingFacts } from '../meeting/index.js';
import { meetingPolicy } from '../meeting/index.js';
import { loadMeetingWithFacts, visibleAgenda } from '../meeting/index.js';
import { toBrusselsLocal } from '../meeting/index.js';
import { User } from '../user/user.entity.js';
import { MinutesAcknowledgement } from './report.entity.js';

export interface MinutesContent {
  meetingId: string;
  kind: MeetingKind;
  title: string;
  /** Brussels wall-clock times, YYYY-MM-DDTHH:mm. */
  startsAt: string;
  endsAt: string;
  place: string | null;
  partnerships: string[];
  attendance: { name: string; attendance: Attendance | null }[];
  agenda: { title: string; notes: string | null }[];
  decisions: string[];
  actions: { title: string; assignee: string; dueDate: string }[];
  evaluation: { objective: EvaluationObjective; rating: number; notes: string | null }[];
  signedOffAt: string | null;
}

/** Minutes exist once the meeting has taken place with something recorded; an evaluation once it is signed off. */
function available(c: MinutesContent, m: Meeting): boolean {
  if (m.status === 'CANCELLED') return false;
  if (m.kind === 'EVALUATION') return !!m.evaluationSignedOffAt;
  return m.startsAt <= new Date() && (c.attendance.some((a) => a.attendance) || c.agenda.some((a) => a.notes) || c.decisions.length > 0);
}

export async function minutesContent(ctx: Context, meeting: Meeting): Promise<MinutesContent> {
  const l = meetingLoaders(ctx);
  const [partnerships, invitees, agenda, decisions, actions, scores] = await Promise.all([
    l.partnerships(meeting),
    l.invitees.load(meeting.id),
    visibleAgenda(ctx, meeting),
    l.decisions.load(meeting.id),
    l.actionItems.load(meeting.id),
    meeting.kind === 'EVALUATION' ? l.scores.load(meeting.id) : Promise.resolve([]),
  ]);
  const people = await ctx.loaders.user.loadMany([...new Set([...invitees.map((i) => i.user.id), ...actions.map((a) => a.assignee.id)])]);
  const nameOf = new Map(people.filter((u): u is Exclude<typeof u, Error | null> => !!u && !(u instanceof Error)).map((u) => [u.id, u.name]));
  return {
    meetingId: meeting.id,
    kind: meeting.kind,
    title: meeting.title,
    startsAt: toBrusselsLocal(meeting.startsAt),
    endsAt: toBrusselsLocal(meeting.endsAt),
    place: meeting.place ?? null,
    partnerships: partnerships.map((p) => p.name),
    attendance: invitees.map((i) => ({ name: nameOf.get(i.user.id) ?? '', attendance: i.attendance ?? null })),
    agenda: agenda.map((a) => ({ title: a.title, notes: a.notes ?? null })),
    decisions: decisions.map((d) => d.text),
    actions: actions.map((a) => ({ title: a.title, assignee: nameOf.get(a.assignee.id) ?? '', dueDate: a.dueDate })),
    evaluation: [...scores]
      .sort((a, b) => EVALUATION_OBJECTIVES.indexOf(a.objective) - EVALUATION_OBJECTIVES.indexOf(b.objective))
      .map((s) => ({ objective: s.objective, rating: s.rating, notes: s.notes ?? null })),
    signedOffAt: meeting.evaluationSignedOffAt ? toBrusselsLocal(meeting.evaluationSignedOffAt) : null,
  };
}

export const digestOf = (c: MinutesContent) => createHash('sha256').update(JSON.stringify(c)).digest('hex');

/** Partner users acknowledge (coordinators and volunteers invited to the meeting); Fedasil staff record the minutes. */
export const mayAcknowledge = (viewer: { role: string } | null, facts: MeetingFacts, viewerId: string) =>
  !!viewer && (viewer.role === 'COORDINATOR' || viewer.role === 'VOLUNTEER') && facts.inviteeIds.includes(viewerId);

/** The minutes the viewer may see, refused with MINUTES_NOT_AVAILABLE while there are none to read. */
export async function loadMinutes(ctx: Context, meetingId: string) {
  const { meeting, facts, viewer } = await loadMeetingWithFacts(ctx, meetingId);
  const content = await minutesContent(ctx, meeting);
  return { meeting, facts, viewer, content, available: available(content, meeting) };
}

export async function minutesStatus(ctx: Context, meetingId: string) {
  const { meeting, facts, viewer, content, available: isAvailable } = await loadMinutes(ctx, meetingId);
  const digest = digestOf(content);
  const staff = meetingPolicy.manage(viewer, facts);
  const acks = await ctx.em.find(MinutesAcknowledgement, staff ? { meeting } : { meeting, user: viewer.id }, { orderBy: { at: 'asc', id: 'asc' } });
  // The latest acknowledgement per person; "current" when it is of the minutes as the viewer reads them now.
  const latest = new Map<string, MinutesAcknowledgement>();
  for (const a of acks) latest.set(a.user.id, a);
  const users = await ctx.loaders.user.loadMany([...latest.keys()]);
  const own = latest.get(viewer.id) ?? null;
  return {
    id: meeting.id,
    available: isAvailable,
    pdfUrl: `/meetings/${meeting.id}/minutes.pdf`,
    digest,
    viewerCanAcknowledge: isAvailable && mayAcknowledge(viewer, facts, viewer.id) && own?.digest !== digest,
    viewerAcknowledgedAt: own?.at ?? null,
    viewerAcknowledgementCurrent: own ? own.digest === digest : false,
    acknowledgements: [...latest.values()].map((a, i) => ({ user: users[i] instanceof Error ? null : (users[i] ?? null), at: a.at, current: a.digest === digest })),
  };
}

/**
 * Records that the viewer (a partner user invited to the meeting) read and acknowledges the minutes
 * as they are now. Acknowledging the same version again changes nothing.
 */
export async function acknowledgeMinutes(ctx: Context, meetingId: string) {
  const { meeting, facts, content, available: isAvailable } = await loadMinutes(ctx, meetingId);
  const viewer = requireViewer(ctx);
  if (!mayAcknowledge(viewer, facts, viewer.id)) throw forbidden();
  if (!isAvailable) throw new AppError('MINUTES_NOT_AVAILABLE', 'These minutes are not available yet');
  const digest = digestOf(content);
  const existing = await ctx.em.count(MinutesAcknowledgement, { meeting, user: viewer.id, digest });
  if (existing === 0) {
    ctx.em.create(MinutesAcknowledgement, { meeting, user: ctx.em.getReference(User, viewer.id), digest });
    await ctx.em.flush();
  }
  return minutesStatus(ctx, meetingId);
}

// ----- The PDF ---------------------------------------------------------------------------------

const WORDS: Record<Locale, Record<string, string>> = {
  nl: {
    EVALUATION: 'Evaluatievergadering',
    CONSULTATION: 'Overlegvergadering',
    when: 'Wanneer',
    where: 'Waar',
    partnerships: 'Partnerschappen',
    attendance: 'Aanwezigheid',
    PRESENT: 'aanwezig',
    ABSENT: 'afwezig',
    EXCUSED: 'verontschuldigd',
    unknown: 'niet genoteerd',
    agenda: 'Agenda en verslag',
    decisions: 'Beslissingen',
    actions: 'Actiepunten',
    due: 'tegen',
    evaluation: 'Evaluatie van de drie doelstellingen',
    SUSTAINABLE_HOUSING: 'Duurzame huisvesting',
    GUIDANCE: 'Begeleiding',
    OPERATIONAL_COOPERATION: 'Operationele samenwerking',
    signedOff: 'Evaluatie afgesloten op',
    none: 'Geen.',
    version: 'Versie (SHA-256)',
    timezone: 'uur in Brussel',
  },
  fr: {
    EVALUATION: "Réunion d'évaluation",
    CONSULTATION: 'Réunion de concertation',
    when: 'Quand',
    where: 'Où',
    partnerships: 'Partenariats',
    attendance: 'Présences',
    PRESENT: 'présent·e',
    ABSENT: 'absent·e',
    EXCUSED: 'excusé·e',
    unknown: 'non noté',
    agenda: 'Ordre du jour et procès-verbal',
    decisions: 'Décisions',
    actions: 'Actions',
    due: 'pour le',
    evaluation: 'Évaluation des trois objectifs',
    SUSTAINABLE_HOUSING: 'Logement durable',
    GUIDANCE: 'Accompagnement',
    OPERATIONAL_COOPERATION: 'Coopération opérationnelle',
    signedOff: 'Évaluation clôturée le',
    none: 'Aucun.',
    version: 'Version (SHA-256)',
    timezone: 'heure de Bruxelles',
  },
  en: {
    EVALUATION: 'Evaluation meeting',
    CONSULTATION: 'Consultation meeting',
    when: 'When',
    where: 'Where',
    partnerships: 'Partnerships',
    attendance: 'Attendance',
    PRESENT: 'present',
    ABSENT: 'absent',
    EXCUSED: 'excused',
    unknown: 'not recorded',
    agenda: 'Agenda and minutes',
    decisions: 'Decisions',
    actions: 'Action items',
    due: 'due',
    evaluation: 'Evaluation of the three objectives',
    SUSTAINABLE_HOUSING: 'Sustainable housing',
    GUIDANCE: 'Guidance',
    OPERATIONAL_COOPERATION: 'Operational cooperation',
    signedOff: 'Evaluation signed off on',
    none: 'None.',
    version: 'Version (SHA-256)',
    timezone: 'Brussels time',
  },
};

const when = (local: string) => local.replace('T', ' ');

/**
 * DejaVu Sans (embedded, subset): names and notes in any Latin, Greek or Cyrillic script print as
 * written, where the PDF standard fonts know only Windows-1252.
 */
const FONT_DIR = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = path.join(FONT_DIR, 'DejaVuSans.ttf');
const BOLD = path.join(FONT_DIR, 'DejaVuSans-Bold.ttf');

/** The minutes as a PDF in the viewer's language, with the content digest printed at the end. */
export function minutesPdf(c: MinutesContent, locale: Locale): Promise<Buffer> {
  const w = WORDS[locale] ?? WORDS.nl;
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: c.title, Author: 'Partner Hub', Subject: w[c.kind] } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('Regular', REGULAR);
  doc.registerFont('Bold', BOLD);
  const heading = (text: string) => doc.moveDown(0.8).font('Bold').fontSize(13).text(text).moveDown(0.3).font('Regular').fontSize(10.5);
  const line = (text: string) => doc.text(text);

  doc.font('Regular').fontSize(10).fillColor('#555').text(w[c.kind]);
  doc.fillColor('#000').font('Bold').fontSize(18).text(c.title);
  doc.font('Regular').fontSize(10.5).moveDown(0.5);
  line(`${w.when}: ${when(c.startsAt)} – ${when(c.endsAt).slice(11)} (${w.timezone})`);
  if (c.place) line(`${w.where}: ${c.place}`);
  line(`${w.partnerships}: ${c.partnerships.join(', ')}`);

  heading(w.attendance);
  if (c.attendance.length === 0) line(w.none);
  for (const a of c.attendance) line(`• ${a.name}: ${a.attendance ? w[a.attendance] : w.unknown}`);

  heading(w.agenda);
  if (c.agenda.length === 0) line(w.none);
  c.agenda.forEach((a, i) => {
    doc
      .font('Bold')
      .text(`${i + 1}. ${a.title}`)
      .font('Regular');
    if (a.notes) doc.text(a.notes, { indent: 14 });
  });

  heading(w.decisions);
  if (c.decisions.length === 0) line(w.none);
  for (const d of c.decisions) line(`• ${d}`);

  heading(w.actions);
  if (c.actions.length === 0) line(w.none);
  for (const a of c.actions) line(`• ${a.title} (${a.assignee}, ${w.due} ${a.dueDate})`);

  if (c.kind === 'EVALUATION') {
    heading(w.evaluation);
    for (const e of c.evaluation) {
      doc.font('Bold').text(`${w[e.objective]}: ${e.rating}/5`).font('Regular');
      if (e.notes) doc.text(e.notes, { indent: 14 });
    }
    if (c.signedOffAt) doc.moveDown(0.3).text(`${w.signedOff} ${when(c.signedOffAt)}`);
  }

  doc
    .moveDown(1.5)
    .fontSize(8)
    .fillColor('#555')
    .text(`${w.version}: ${digestOf(c)}`);
  doc.end();
  return done;
}
