import { useT } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';

export const QuotaProgressCard_progress = graphql(`
  fragment QuotaProgressCard_progress on QuotaProgress {
    year
    quota
    personsArrived
    personsPlanned
    programme {
      id
      code
    }
  }
`);

/** Quota, arrived and planned persons, with a progress bar of arrivals against the quota. */
export function QuotaProgressCard({ progress }: { progress: FragmentType<typeof QuotaProgressCard_progress> }) {
  const t = useT();
  const p = getFragmentData(QuotaProgressCard_progress, progress);
  const percent = p.quota > 0 ? Math.round((p.personsArrived / p.quota) * 100) : 0;
  const plannedPercent = p.quota > 0 ? Math.min(100, Math.round(((p.personsArrived + p.personsPlanned) / p.quota) * 100)) : 0;
  return (
    <div className="quota" data-testid="quota-progress">
      <dl className="figures">
        <div>
          <dt>{t('quota.quota')}</dt>
          <dd>{t('quota.persons', { count: p.quota })}</dd>
        </div>
        <div>
          <dt>{t('quota.arrived')}</dt>
          <dd>{t('quota.persons', { count: p.personsArrived })}</dd>
        </div>
        <div>
          <dt>{t('quota.planned')}</dt>
          <dd>{t('quota.persons', { count: p.personsPlanned })}</dd>
        </div>
      </dl>
      {p.quota > 0 ? (
        <>
          <div
            className="progress"
            role="progressbar"
            aria-label={t('quota.progressLabel')}
            aria-valuemin={0}
            aria-valuemax={p.quota}
            aria-valuenow={Math.min(p.personsArrived, p.quota)}
            aria-valuetext={t('quota.progressText', { arrived: p.personsArrived, quota: p.quota, percent })}
          >
            <div className="progress-planned" style={{ width: `${plannedPercent}%` }} />
            <div className="progress-arrived" style={{ width: `${Math.min(100, percent)}%` }} />
          </div>
          <p className="progress-text">{t('quota.progressText', { arrived: p.personsArrived, quota: p.quota, percent })}</p>
        </>
      ) : (
        <p>{t('quota.noQuota')}</p>
      )}
    </div>
  );
}
