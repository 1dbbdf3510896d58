import type { EntityManager } from '@mikro-orm/core';
import { PROGRAMME_CODES, PROGRAMME_DEFAULTS, RESETTLEMENT_PLAN } from '@partner-hub/shared';
import { StepTemplate } from '../modules/progress/progress.entity.js';
import { Programme, Quota } from '../modules/programme/programme.entity.js';

/** Quotas published by Fedasil (DOMAIN.md): resettlement 2023, 500 persons. */
const QUOTAS = [{ programme: 'RESETTLEMENT', year: 2023, persons: 500 }] as const;

/** Makes sure every programme and published quota exists; safe to run at every start. */
export async function ensureReferenceData(em: EntityManager): Promise<void> {
  const existing = await em.find(Programme, {}, { populate: ['quotas'] });
  const byCode = new Map(existing.map((p) => [p.code, p]));
  for (const code of PROGRAMME_CODES) if (!byCode.has(code)) byCode.set(code, em.create(Programme, { code, ...structuredClone(PROGRAMME_DEFAULTS[code]) }) as (typeof existing)[number]);
  for (const q of QUOTAS) {
    const programme = byCode.get(q.programme)!;
    const has = programme.quotas.isInitialized() && programme.quotas.getItems().some((x) => x.year === q.year);
    if (!has) em.create(Quota, { programme, year: q.year, persons: q.persons });
  }
  // The resettlement plan template, when the programme has none yet (admins edit it afterwards).
  const resettlement = byCode.get('RESETTLEMENT')!;
  if (!(await em.count(StepTemplate, { programme: resettlement }))) {
    RESETTLEMENT_PLAN.forEach((t, position) =>
      em.create(StepTemplate, {
        programme: resettlement,
        key: t.key,
        label: { ...t.label },
        anchor: t.anchor,
        offsetDays: t.offsetDays,
        owner: t.owner,
        perSchoolAgeChild: !!t.perSchoolAgeChild,
        position,
      }),
    );
  }
  await em.flush();
}
