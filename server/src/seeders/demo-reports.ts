/**
 * A monthly report of the demo as the partner and the contact person left it: submitted a few days
 * after its period, accepted a few days later, with its two revisions (the return desks, the
 * socio-legal desks and Terugkeerloket Antwerpen use it).
 */
import type { EntityManager } from '@mikro-orm/core';
import { addDays, addMonths, type IndicatorValue } from '@partner-hub/shared';
import { FeedbackRevision, FeedbackRound } from '../modules/feedback/feedback.entity.js';
import type { Partnership } from '../modules/partnership/partnership.entity.js';
import type { User } from '../modules/user/user.entity.js';

export interface AcceptedReport {
  partnership: Partnership;
  periodStart: string;
  indicatorValues: IndicatorValue[];
  /** Who submitted it (null: not recorded). */
  partner: User | null;
  contact: User;
  /** Days after the period's end: due, submitted, accepted. */
  days: { due: number; submitted: number; accepted: number };
}

/** One accepted monthly round (its period a calendar month from periodStart) with its SUBMITTED and ACCEPTED revisions. */
export function seedAcceptedReport(em: EntityManager, r: AcceptedReport): FeedbackRound {
  const periodEnd = addDays(addMonths(r.periodStart, 1), -1);
  const submittedAt = new Date(`${addDays(periodEnd, r.days.submitted)}T09:00:00Z`);
  const reviewedAt = new Date(`${addDays(periodEnd, r.days.accepted)}T14:00:00Z`);
  const round = em.create(FeedbackRound, {
    partnership: r.partnership,
    periodStart: r.periodStart,
    periodEnd,
    dueDate: addDays(periodEnd, r.days.due),
    status: 'ACCEPTED',
    indicatorValues: r.indicatorValues,
    submittedAt,
    ...(r.partner ? { submittedBy: r.partner } : {}),
    reviewedAt,
    reviewedBy: r.contact,
    createdAt: new Date(`${r.periodStart}T06:00:00Z`),
    updatedAt: reviewedAt,
  });
  em.create(FeedbackRevision, { round, kind: 'SUBMITTED', ...(r.partner ? { by: r.partner } : {}), at: submittedAt, answers: [], indicatorValues: r.indicatorValues });
  em.create(FeedbackRevision, { round, kind: 'ACCEPTED', by: r.contact, at: reviewedAt });
  return round;
}
