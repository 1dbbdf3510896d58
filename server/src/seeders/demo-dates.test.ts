/**
 * The hand-written demo partnerships move with the day the demo is seeded on: a demo started a
 * year from now shows the same mix of settled, recent, expected and overdue work as one started on
 * the day they were written for (HAND_WRITTEN_FOR), which the other tests keep as their fixture.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@partner-hub/shared';
import { startTestHub, type TestHub } from '../../test/harness.js';
import { Household } from '../modules/household/household.entity.js';
import { Partnership } from '../modules/partnership/partnership.entity.js';
import { GuidanceStep, Housing } from '../modules/progress/progress.entity.js';
import { HAND_WRITTEN_FOR, HAND_WRITTEN_PARTNERSHIPS, seedDemo } from './demo.js';

/** A whole number of weeks, so that every weekday stays the same. */
const SHIFT = 52 * 7 + 7 * 7;
let asWritten: TestHub;
let moved: TestHub;

beforeAll(async () => {
  asWritten = await startTestHub();
  moved = await startTestHub({ demo: false });
  await seedDemo(moved.orm.em.fork(), { volume: false, handWrittenDatesFor: addDays(HAND_WRITTEN_FOR, SHIFT) });
});
afterAll(async () => {
  await asWritten?.close();
  await moved?.close();
});

async function snapshot(hub: TestHub) {
  const em = hub.orm.em.fork();
  const partnerships = await em.find(Partnership, { name: { $in: [...HAND_WRITTEN_PARTNERSHIPS] } }, { orderBy: { name: 'asc' } });
  const households = await em.find(Household, {}, { orderBy: { reference: 'asc' } });
  const housing = await em.find(Housing, {}, { populate: ['household'] });
  const steps = await em.find(GuidanceStep, {}, { populate: ['household', 'member'] });
  return { partnerships, households, housing, steps };
}

describe('hand-written demo dates', () => {
  it('move by the days between the day they were written for and the demo day; references stay as written', async () => {
    const a = await snapshot(asWritten);
    const b = await snapshot(moved);
    expect(a.partnerships).toHaveLength(HAND_WRITTEN_PARTNERSHIPS.length);
    const move = (d: string | null | undefined) => (d ? addDays(d, SHIFT) : (d ?? null));
    expect(b.partnerships.map((p) => [p.name, p.agreementStart, p.agreementEnd])).toEqual(a.partnerships.map((p) => [p.name, move(p.agreementStart), move(p.agreementEnd)]));
    expect(b.households.map((h) => [h.reference, h.plannedArrivalDate ?? null, h.arrivalDate ?? null, h.guidanceStart ?? null])).toEqual(
      a.households.map((h) => [h.reference, move(h.plannedArrivalDate), move(h.arrivalDate), move(h.guidanceStart)]),
    );
    const leases = (s: typeof a) => new Map(s.housing.map((x) => [x.household.reference, x]));
    for (const [reference, h] of leases(a)) {
      const m = leases(b).get(reference)!;
      expect([m.leaseStart ?? null, m.leaseEnd ?? null, m.movedInOn ?? null]).toEqual([move(h.leaseStart), move(h.leaseEnd), move(h.movedInOn)]);
    }
    // The plans are timed from the moved dates: each step falls due the same number of days later,
    // but for those timed from the end of guidance, which is counted in months (a few days either way).
    const byKey = (s: typeof a) => new Map(s.steps.map((x) => [`${x.household.reference} ${x.key} ${x.member?.firstName ?? ''}`, x]));
    const movedSteps = byKey(b);
    let compared = 0;
    const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
    for (const [key, step] of byKey(a)) {
      const m = movedSteps.get(key);
      if (!m || !step.dueDate) continue;
      if (step.anchor === 'GUIDANCE_END') expect(Math.abs(days(move(step.dueDate)!, m.dueDate!)), key).toBeLessThanOrEqual(3);
      else expect([key, m.dueDate]).toEqual([key, move(step.dueDate)]);
      compared++;
    }
    expect(compared).toBeGreaterThan(20);
  });
});
