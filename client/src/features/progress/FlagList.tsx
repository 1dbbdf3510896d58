import type { HouseholdFlag } from '@partner-hub/shared';
import { useT } from '../../app/i18n';
import { Badge } from '../../ui/Values';
import { FLAG_TONE, sortFlags } from './labels';
import styles from './progress.module.css';

/** What needs attention for a household, as badges with their translated labels (a list named "Needs attention"). */
export function FlagList({ flags, showNone = false }: { flags: readonly HouseholdFlag[]; showNone?: boolean }) {
  const t = useT();
  if (flags.length === 0) return showNone ? <span className="muted">{t('flags.none')}</span> : null;
  return (
    <ul className={styles.flagList} aria-label={t('flags.label')}>
      {sortFlags(flags).map((flag) => (
        <li key={flag}>
          <Badge tone={FLAG_TONE[flag]}>{t(`householdFlag.${flag}`)}</Badge>
        </li>
      ))}
    </ul>
  );
}
