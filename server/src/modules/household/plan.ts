/**
 * Guidance plans: generated from the programme's template when a household is registered,
 * re-timed when its arrival, move-in date or guidance period changes, with a school step per school-age child.
 * These functions work inside the caller's unit of work (nothing is flushed here).
 */
import type { EntityManager } from '@mikro-orm/core';
import { addDays, guidanceEndDate, guidanceMonths, type GuidanceTermConfig, isSchoolAge } from '@partner-hub/shared';
import type { Context } from '../../app/context.js';
import type { Household, HouseholdMember } from './household.entity.js';
import { User } from '../user/user.entity.js';
import { GuidanceStep, HouseholdEvent, Housing, StepTemplate } from '../progress/progress.entity.js';

/** The dates a plan counts from, and the months of a guidance term (the programme's caseMonths). */
type Dates = Pick<Household, 'arrivalDate' | 'plannedArrivalDate'> & Partial<Pick<Household, 'guidanceStart' | 'guidanceExtended'>> & { movedInOn?: string | null; guidanceMonths: number };

/** What of the household's programme a plan needs: which templates (its id), how long guidance lasts. */
export type PlanProgramme = { id: string } & GuidanceTermConfig;

/**
 * The date a step counts from: arrival (actual, else planned); moving in (else arrival); the last
 * day of guidance (from its start, else the arrival; a second year moves it).
 */
export function anchorDate(step: Pick<GuidanceStep, 'anchor'>, dates: Dates): string | null {
  const arrival = dates.arrivalDate ?? dates.plannedArrivalDate ?? null;
  if (step.anchor === 'MOVE_IN') return dates.movedInOn ?? arrival;
  if (step.anchor === 'GUIDANCE_END') {
    const start = dates.guidanceStart ?? arrival;
    return start ? guidanceEndDate(start, !!dates.guidanceExtended, dates.guidanceMonths) : null;
  }
  return arrival;
}

export function dueDate(step: Pick<GuidanceStep, 'anchor' | 'offsetDays'>, dates: Dates): string | null {
  const from = anchorDate(step, dates);
  return from ? addDays(from, step.offsetDays) : null;
}

const pickDates = (h: Household, programme: PlanProgramme): Dates => ({
  arrivalDate: h.arrivalDate,
  plannedArrivalDate: h.plannedArrivalDate,
  guidanceStart: h.guidanceStart,
  guidanceExtended: h.guidanceExtended,
  guidanceMonths: guidanceMonths(programme),
});

function stepYear(dates: Pick<Household, 'arrivalDate' | 'plannedArrivalDate'>): number {
  const date = dates.arrivalDate ?? dates.plannedArrivalDate;
  return date ? Number(date.slice(0, 4)) : new Date().getFullYear();
}

/** The programme's active step templates, in the order of a plan. */
export function activeTemplates(em: EntityManager, programmeId: string): Promise<StepTemplate[]> {
  return em.find(StepTemplate, { programme: programmeId, active: true }, { orderBy: { position: 'asc', key: 'asc' } });
}

/** Creates a household's plan from its programme's active template (`templates`: already read, e.g. once for an import). */
export async function generatePlan(
  em: EntityManager,
  household: Household,
  members: readonly HouseholdMember[],
  programme: PlanProgramme,
  templates?: readonly StepTemplate[],
): Promise<GuidanceStep[]> {
  templates ??= await activeTemplates(em, programme.id);
  const dates = pickDates(household, programme);
  const steps: GuidanceStep[] = [];
  let position = 0;
  for (const t of templates) {
    const targets: (HouseholdMember | null)[] = t.perSchoolAgeChild ? members.filter((m) => m.relationship !== 'HEAD' && isSchoolAge(m.birthYear, stepYear(household))) : [null];
    for (const member of targets) {
      const step = em.create(GuidanceStep, { household, key: t.key, label: t.label, member, anchor: t.anchor, offsetDays: t.offsetDays, owner: t.owner, position: position++ });
      step.dueDate = dueDate(step, dates);
      steps.push(step);
    }
  }
  return steps;
}

/**
 * Re-times the open steps after a date they count from changed: the arrival (every step), or
 * moving in (given as `movedInOn`: only the steps that count from moving in; the others keep their
 * date, which may be one agreed with the household).
 */
export async function retimePlan(em: EntityManager, household: Household, programme: PlanProgramme, movedInOn?: string | null): Promise<void> {
  const housing = movedInOn === undefined ? await em.findOne(Housing, { household }) : null;
  const dates = { ...pickDates(household, programme), movedInOn: movedInOn === undefined ? housing?.movedInOn : movedInOn };
  for (const step of await em.find(GuidanceStep, { household })) {
    if (movedInOn !== undefined && step.anchor !== 'MOVE_IN') continue;
    if (step.status === 'TODO' || step.status === 'IN_PROGRESS') step.dueDate = dueDate(step, dates);
  }
}

/**
 * Keeps one school step per school-age child after the members changed: a new child gets one,
 * a removed child's open step goes (a done one stays, as history).
 */
export async function syncSchoolSteps(em: EntityManager, household: Household, members: readonly HouseholdMember[], programme: PlanProgramme): Promise<void> {
  const template = await em.findOne(StepTemplate, { programme: programme.id, perSchoolAgeChild: true, active: true });
  if (!template) return;
  const steps = await em.find(GuidanceStep, { household, key: template.key });
  const year = stepYear(household);
  const children = members.filter((m) => m.relationship !== 'HEAD' && isSchoolAge(m.birthYear, year));
  const childIds = new Set(children.map((c) => c.id));
  const memberIds = new Set(members.map((m) => m.id));
  for (const step of steps) {
    if (!step.member || childIds.has(step.member.id)) continue;
    if (step.status === 'TODO' || step.status === 'IN_PROGRESS') em.remove(step);
    // A closed step of a child who left stays: unlinked, or deleting the member would cascade to it.
    else if (!memberIds.has(step.member.id)) step.member = null;
  }
  const covered = new Set(steps.filter((s) => s.member).map((s) => s.member!.id));
  const last = (await em.find(GuidanceStep, { household }, { orderBy: { position: 'desc' }, limit: 1 }))[0];
  let position = (last?.position ?? 0) + 1;
  for (const child of children) {
    if (covered.has(child.id)) continue;
    const step = em.create(GuidanceStep, {
      household,
      key: template.key,
      label: template.label,
      member: child,
      anchor: template.anchor,
      offsetDays: template.offsetDays,
      owner: template.owner,
      position: position++,
    });
    step.dueDate = dueDate(step, pickDates(household, programme));
  }
}

/** Appends a change to the household's timeline, in the caller's unit of work. */
export function recordHouseholdEvent(ctx: Context, household: Household, kind: HouseholdEvent['kind'], data: Record<string, unknown> = {}): void {
  ctx.em.create(HouseholdEvent, { household, actor: ctx.viewer ? ctx.em.getReference(User, ctx.viewer.id) : null, kind, data });
}
