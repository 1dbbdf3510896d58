import { useI18n } from '../../app/i18n';
import { TableWrap } from '../../ui/TableWrap';
import styles from './meeting.module.css';

export interface TrendObjective {
  key: string;
  label: string;
}

export interface TrendEvaluation {
  id: string;
  /** When the evaluation was held (ISO timestamp). */
  heldAt: string;
  /** Whether the contact person signed it off (a draft is shown as such). */
  signedOff?: boolean;
  /** Rating per objective key (null: not rated). */
  ratings: Readonly<Record<string, number | null | undefined>>;
}

export type Direction = 'up' | 'down' | 'same' | null;

/** How a rating compares with the previous evaluation's (null when either is missing). */
export function direction(current: number | null | undefined, previous: number | null | undefined): Direction {
  if (current == null || previous == null) return null;
  if (current > previous) return 'up';
  if (current < previous) return 'down';
  return 'same';
}

const ARROWS: Record<Exclude<Direction, null>, string> = { up: '↑', down: '↓', same: '→' };
const TREND_CLASSES: Record<Exclude<Direction, null>, string | undefined> = { up: styles.trendUp, down: styles.trendDown, same: styles.trendSame };

/**
 * The evaluation history of a partnership as a table: one row per evaluation (oldest first, so
 * it reads as a trend), one column per objective, each rating with an arrow against the
 * previous evaluation. Arrows are pictures for the eye; screen readers hear the words.
 */
export function EvaluationTrend({
  objectives,
  evaluations,
  max,
  caption,
  renderDate,
}: {
  objectives: readonly TrendObjective[];
  evaluations: readonly TrendEvaluation[];
  max: number;
  caption: string;
  renderDate: (evaluation: TrendEvaluation) => React.ReactNode;
}) {
  const { t } = useI18n();
  const rows = [...evaluations].sort((a, b) => a.heldAt.localeCompare(b.heldAt));
  return (
    <TableWrap label={caption}>
      <table className="responsive-table evaluation-trend" data-testid="evaluation-trend">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('evaluation.heldOn')}</th>
            {objectives.map((o) => (
              <th key={o.key} scope="col">
                {o.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const previous = index > 0 ? rows[index - 1] : undefined;
            return (
              <tr key={row.id}>
                <th scope="row" data-label={t('evaluation.heldOn')}>
                  {renderDate(row)}
                </th>
                {objectives.map((o) => {
                  const rating = row.ratings[o.key];
                  const dir = direction(rating, previous?.ratings[o.key]);
                  return (
                    <td key={o.key} data-label={o.label}>
                      {rating == null ? (
                        <span className="muted">{t('app.notSet')}</span>
                      ) : (
                        <>
                          <span className="rating">{t('evaluation.ratingOf', { rating, max })}</span>
                          {dir && (
                            <>
                              {' '}
                              <span className={`${styles.trend} ${TREND_CLASSES[dir]}`} aria-hidden="true">
                                {ARROWS[dir]}
                              </span>
                              <span className="visually-hidden">{t(`evaluation.trend.${dir}`)}</span>
                            </>
                          )}
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
