import type { HouseholdStatus } from '@partner-hub/shared';
import { useT } from '../../app/i18n';
import { Badge } from '../../ui/Values';

const TONE: Record<HouseholdStatus, 'neutral' | 'info' | 'success' | 'warning'> = {
  PLANNED: 'info',
  ARRIVED: 'warning',
  IN_GUIDANCE: 'success',
  GUIDANCE_ENDED: 'neutral',
};

export function HouseholdStatusBadge({ status }: { status: HouseholdStatus }) {
  const t = useT();
  return <Badge tone={TONE[status]}>{t(`householdStatus.${status}`)}</Badge>;
}
