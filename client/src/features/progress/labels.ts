import type { HouseholdFlag, StepStatus } from '@partner-hub/shared';
import type { LocalizedText, Translate } from '../../app/i18n';
import type { BadgeTone } from '../../ui/Values';

/** What a step shows as its name: its label in the UI language, with the child's first name for a per-child step. */
export function stepName(step: { label: LocalizedText; member?: { firstName: string } | null }, localize: (text: LocalizedText) => string, t: Translate): string {
  const label = localize(step.label);
  return step.member ? t('plan.stepForChild', { label, name: step.member.firstName }) : label;
}

export const STEP_STATUS_TONE: Record<StepStatus, BadgeTone> = {
  TODO: 'neutral',
  IN_PROGRESS: 'info',
  DONE: 'success',
  NOT_APPLICABLE: 'neutral',
};

/** Flags in the order they are shown (most urgent first). */
export const FLAG_ORDER: readonly HouseholdFlag[] = ['OVERDUE_STEPS', 'NO_HOME_YET', 'LEASE_TOO_SHORT', 'NEXT_HOME_SEARCH_NOT_STARTED', 'STALE'];

export const FLAG_TONE: Record<HouseholdFlag, BadgeTone> = {
  OVERDUE_STEPS: 'danger',
  NO_HOME_YET: 'danger',
  LEASE_TOO_SHORT: 'warning',
  NEXT_HOME_SEARCH_NOT_STARTED: 'warning',
  STALE: 'neutral',
};

export const isOpenStatus = (status: StepStatus) => status === 'TODO' || status === 'IN_PROGRESS';

export function sortFlags(flags: readonly HouseholdFlag[]): HouseholdFlag[] {
  return [...flags].sort((a, b) => FLAG_ORDER.indexOf(a) - FLAG_ORDER.indexOf(b));
}
