import { useQuery } from '@apollo/client/react';
import { PROGRAMME_CODES, type ProgrammeCode } from '@partner-hub/shared';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { currentYearInBrussels } from '../../app/format';
import { useT } from '../../app/i18n';
import { ProgrammeYearFields } from '../progress/ProgrammeYearFields';
import { RetentionSummary } from '../privacy/RetentionSummary';
import { graphql } from '../../gql';
import { EmptyState, InlineError, Loading } from '../../ui/Feedback';
import { TableWrap } from '../../ui/TableWrap';
import { usePageTitle } from '../../ui/usePageTitle';
import { Badge, Money } from '../../ui/Values';
import { BudgetTotalsSection } from '../budget/BudgetTotalsSection';
import { IndicatorTotalsSection } from './IndicatorTotalsSection';
import { MonthlyChart } from './MonthlyChart';

export const ProgrammeDashboardDocument = graphql(`
  query ProgrammeDashboard($programme: ProgrammeCode!, $year: Int!) {
    programmeDashboard(programme: $programme, year: $year) {
      year
      quota
      personsArrived
      personsPlanned
      fundingCommittedCents
      programme {
        id
        code
        caseKind
        fundingRule
      }
      months {
        month
        arrived
        planned
      }
      partnerships {
        capacityPledged
        persons
        partnership {
          id
          name
        }
      }
    }
  }
`);

const isProgramme = (v: string | null): v is ProgrammeCode => v !== null && (PROGRAMME_CODES as readonly string[]).includes(v);
const validYear = (year: number) => Number.isInteger(year) && year >= 2000 && year <= 2100;

/** /dashboard: the resettlement team's view of a programme in a year (Fedasil staff). */
export function DashboardPage() {
  const t = useT();
  usePageTitle(t('dashboard.title'));
  const [params, setParams] = useSearchParams();
  const programmeParam = params.get('programme');
  const programme: ProgrammeCode = isProgramme(programmeParam) ? programmeParam : 'RESETTLEMENT';
  const [yearText, setYearText] = useState(() => params.get('year') ?? String(currentYearInBrussels()));
  const year = Number.parseInt(yearText, 10);
  const yearOk = validYear(year);
  const { data, previousData, loading, error } = useQuery(ProgrammeDashboardDocument, {
    variables: { programme, year: yearOk ? year : 0 },
    skip: !yearOk,
  });
  const dashboard = (data ?? previousData)?.programmeDashboard;

  const setParam = (name: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(name, value);
        return next;
      },
      { replace: true },
    );

  return (
    <div className="page">
      <h1>{t('dashboard.title')}</h1>
      <p className="lead">{t('dashboard.intro')}</p>
      <p>
        <Link to={`/reports/yearly?programme=${programme}&year=${yearOk ? year : currentYearInBrussels()}`}>{t('report.open')}</Link>
      </p>
      <ProgrammeYearFields
        programme={programme}
        onProgrammeChange={(v) => setParam('programme', v)}
        yearText={yearText}
        onYearChange={(v) => {
          setYearText(v);
          if (validYear(Number.parseInt(v, 10))) setParam('year', v);
        }}
        yearErrors={yearOk ? undefined : [t('dashboard.invalidYear')]}
      />
      <RetentionSummary programme={programme} />

      {!yearOk ? null : error && !dashboard ? (
        <InlineError error={error} />
      ) : !dashboard ? (
        <Loading />
      ) : (
        <div aria-busy={loading}>
          {/* Quota, arrivals and capacity are about resettled households: shown by the programme's case kind. */}
          {dashboard.programme.caseKind === 'RESETTLEMENT_HOUSEHOLD' && (
            <>
              <section className="section" aria-labelledby="dashboard-quota-heading">
                <h2 id="dashboard-quota-heading">
                  {t('quota.title')}: {t(`programme.${dashboard.programme.code}`)} {dashboard.year}
                </h2>
                <dl className="figures" data-testid="dashboard-figures">
                  <div>
                    <dt>{t('quota.quota')}</dt>
                    <dd>{t('quota.persons', { count: dashboard.quota })}</dd>
                  </div>
                  <div>
                    <dt>{t('quota.arrived')}</dt>
                    <dd>{t('quota.persons', { count: dashboard.personsArrived })}</dd>
                  </div>
                  <div>
                    <dt>{t('quota.planned')}</dt>
                    <dd>{t('quota.persons', { count: dashboard.personsPlanned })}</dd>
                  </div>
                  <div>
                    <dt>{t('dashboard.fundingCommitted')}</dt>
                    <dd>
                      <Money cents={dashboard.fundingCommittedCents} testId="funding-committed" />
                    </dd>
                  </div>
                </dl>
                <p className="muted">{t('dashboard.fundingHint', { year: dashboard.year })}</p>
                {dashboard.quota > 0 ? <QuotaBar quota={dashboard.quota} arrived={dashboard.personsArrived} planned={dashboard.personsPlanned} /> : <p>{t('quota.noQuota')}</p>}
              </section>

              <section className="section" aria-labelledby="dashboard-months-heading">
                <h2 id="dashboard-months-heading">{t('dashboard.byMonth')}</h2>
                <MonthlyChart months={dashboard.months} year={dashboard.year} title={`${t('dashboard.byMonth')} (${dashboard.year})`} />
              </section>

              <section className="section" aria-labelledby="dashboard-capacity-heading">
                <h2 id="dashboard-capacity-heading">{t('dashboard.capacity')}</h2>
                {dashboard.partnerships.length === 0 ? (
                  <EmptyState>
                    <p>{t('dashboard.noPartnerships')}</p>
                  </EmptyState>
                ) : (
                  <CapacityTable rows={dashboard.partnerships} year={dashboard.year} />
                )}
              </section>
            </>
          )}

          <IndicatorTotalsSection programme={programme} year={dashboard.year} />
          {dashboard.programme.fundingRule === 'AGREED_BUDGET' && <BudgetTotalsSection programme={programme} year={dashboard.year} />}
        </div>
      )}
    </div>
  );
}

function QuotaBar({ quota, arrived, planned }: { quota: number; arrived: number; planned: number }) {
  const t = useT();
  const percent = Math.round((arrived / quota) * 100);
  const plannedPercent = Math.min(100, Math.round(((arrived + planned) / quota) * 100));
  return (
    <>
      <div
        className="progress"
        role="progressbar"
        aria-label={t('quota.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={quota}
        aria-valuenow={Math.min(arrived, quota)}
        aria-valuetext={t('quota.progressText', { arrived, quota, percent })}
      >
        <div className="progress-planned" style={{ width: `${plannedPercent}%` }} />
        <div className="progress-arrived" style={{ width: `${Math.min(100, percent)}%` }} />
      </div>
      <p className="progress-text">{t('quota.progressText', { arrived, quota, percent })}</p>
    </>
  );
}

function CapacityTable({ rows, year }: { rows: readonly { capacityPledged: number; persons: number; partnership: { id: string; name: string } }[]; year: number }) {
  const t = useT();
  return (
    <TableWrap label={t('dashboard.capacity')}>
      <table className="responsive-table">
        <thead>
          <tr>
            <th scope="col">{t('col.partnership')}</th>
            <th scope="col" className="numeric">
              {t('col.capacityPledged')}
            </th>
            <th scope="col" className="numeric">
              {t('col.personsInYear', { year })}
            </th>
            <th scope="col">{t('col.use')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const percent = r.capacityPledged > 0 ? Math.round((r.persons / r.capacityPledged) * 100) : null;
            const over = r.persons > r.capacityPledged;
            return (
              <tr key={r.partnership.id} data-testid="capacity-row">
                <th scope="row" data-label={t('col.partnership')}>
                  <Link to={`/partnerships/${r.partnership.id}`}>{r.partnership.name}</Link>
                </th>
                <td data-label={t('col.capacityPledged')} className="numeric">
                  {r.capacityPledged}
                </td>
                <td data-label={t('col.personsInYear', { year })} className="numeric">
                  {r.persons}
                </td>
                <td data-label={t('col.use')}>
                  <div className="mini-progress">
                    <span className="mini-progress-text">{percent === null ? '—' : `${percent}%`}</span>
                    <span className={`mini-progress-bar${over ? ' is-over' : ''}`} aria-hidden="true">
                      <span style={{ width: `${Math.min(100, percent ?? 0)}%` }} />
                    </span>
                    {over && <Badge tone="warning">{t('dashboard.overCapacity')}</Badge>}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
