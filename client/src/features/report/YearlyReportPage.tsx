import { useQuery } from '@apollo/client/react';
import { PROGRAMME_CODES, type ProgrammeCode } from '@partner-hub/shared';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { currentYearInBrussels } from '../../app/format';
import { intlLocale, useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { InlineError, Loading } from '../../ui/Feedback';
import { TableWrap } from '../../ui/TableWrap';
import { usePageTitle } from '../../ui/usePageTitle';
import { Badge, Money } from '../../ui/Values';
import { STATUS_TONE } from '../payments/PaymentsPage';
import '../payments/payments.css';
import { ProgrammeYearFields } from '../progress/ProgrammeYearFields';

export const YearlyReportDocument = graphql(`
  query YearlyReport($programme: ProgrammeCode!, $year: Int!) {
    yearlyReport(programme: $programme, year: $year) {
      year
      csvUrl
      monthsCsvUrl
      programme {
        id
        code
      }
      months {
        month
        arrivalRoute
        households
        persons
        plannedHouseholds
        plannedPersons
      }
      partnerships {
        partnership {
          id
          name
        }
        track
        households
        persons
        committedCents
        approvedCents
        paidCents
        statementStatus
        feedback {
          rounds
          accepted
          submitted
          open
          overdue
        }
        evaluation {
          meetingId
          title
          startsAt
          ratings {
            objective
            rating
          }
        }
      }
      objectives {
        objective
        average
        evaluations
      }
      totals {
        households
        persons
        committedCents
        approvedCents
        paidCents
        arrivedPersons
        plannedPersons
      }
    }
  }
`);

const OBJECTIVES = ['SUSTAINABLE_HOUSING', 'GUIDANCE', 'OPERATIONAL_COOPERATION'] as const;
const isProgramme = (v: string | null): v is ProgrammeCode => v !== null && (PROGRAMME_CODES as readonly string[]).includes(v);
const validYear = (year: number) => Number.isInteger(year) && year >= 2013 && year <= 2100;

/** /reports/yearly: the resettlement team's yearly report across partnerships, printable and downloadable. */
export function YearlyReportPage() {
  const { t, formatNumber, locale } = useI18n();
  usePageTitle(t('report.title'));
  const [params, setParams] = useSearchParams();
  const programme: ProgrammeCode = isProgramme(params.get('programme')) ? (params.get('programme') as ProgrammeCode) : 'RESETTLEMENT';
  const [yearText, setYearText] = useState(() => params.get('year') ?? String(currentYearInBrussels()));
  const year = Number.parseInt(yearText, 10);
  const yearOk = validYear(year);
  const { data, previousData, loading, error } = useQuery(YearlyReportDocument, { variables: { programme, year: yearOk ? year : 0 }, skip: !yearOk });
  const r = (data ?? previousData)?.yearlyReport;
  const setParam = (name: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(name, value);
        return next;
      },
      { replace: true },
    );
  const monthName = (m: number) => new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m - 1, 15)));

  return (
    <article className="page printable" aria-labelledby="page-title">
      <h1 id="page-title">
        {t('report.title')} {r ? `${t(`programme.${r.programme.code}`)} ${r.year}` : ''}
      </h1>
      <p className="lead">{t('report.intro')}</p>
      <div className="no-print">
        <ProgrammeYearFields
          programme={programme}
          onProgrammeChange={(v) => setParam('programme', v)}
          yearText={yearText}
          onYearChange={(v) => {
            setYearText(v);
            if (validYear(Number.parseInt(v, 10))) setParam('year', v);
          }}
          yearErrors={yearOk ? undefined : [t('report.invalidYear')]}
        />
      </div>
      {!yearOk ? null : error && !r ? (
        <InlineError error={error} />
      ) : !r ? (
        <Loading />
      ) : (
        <div aria-busy={loading}>
          <div className="button-row no-print">
            <button type="button" className="button button-secondary" onClick={() => window.print()}>
              {t('report.print')}
            </button>
            <a className="button button-secondary" href={r.csvUrl} download>
              {t('report.downloadCsv')}
            </a>
            <a className="button button-secondary" href={r.csvUrl.replace('.csv?', '.xlsx?')} download>
              {t('report.downloadXlsx')}
            </a>
            <a className="button button-secondary" href={r.monthsCsvUrl} download>
              {t('report.downloadMonthsCsv')}
            </a>
          </div>

          <section className="section" aria-labelledby="report-totals">
            <h2 id="report-totals">{t('report.totals')}</h2>
            <dl className="figures" data-testid="report-totals">
              <div>
                <dt>{t('report.persons')}</dt>
                <dd>{t('report.arrivedPlanned', { arrived: formatNumber(r.totals.arrivedPersons), planned: formatNumber(r.totals.plannedPersons) })}</dd>
              </div>
              <div>
                <dt>{t('report.committed')}</dt>
                <dd>
                  <Money cents={r.totals.committedCents} testId="report-committed" />
                </dd>
              </div>
              <div>
                <dt>{t('report.approved')}</dt>
                <dd>
                  <Money cents={r.totals.approvedCents} testId="report-approved" />
                </dd>
              </div>
              <div>
                <dt>{t('report.paid')}</dt>
                <dd>
                  <Money cents={r.totals.paidCents} testId="report-paid" />
                </dd>
              </div>
            </dl>
          </section>

          <section className="section" aria-labelledby="report-partnerships">
            <h2 id="report-partnerships">{t('report.partnerships')}</h2>
            <TableWrap label={t('report.partnerships')}>
              <table className="responsive-table report-table">
                <thead>
                  <tr>
                    <th scope="col">{t('col.partnership')}</th>
                    <th scope="col">{t('report.track')}</th>
                    <th scope="col" className="numeric">
                      {t('report.persons')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('report.committed')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('report.approved')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('report.paid')}
                    </th>
                    <th scope="col">{t('payments.status')}</th>
                    <th scope="col">{t('report.feedback')}</th>
                    {OBJECTIVES.map((o) => (
                      <th key={o} scope="col" className="numeric">
                        {t(`report.objective.${o}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {r.partnerships.map((p) => (
                    <tr key={p.partnership.id} data-testid="report-row">
                      <th scope="row" data-label={t('col.partnership')}>
                        <Link to={`/partnerships/${p.partnership.id}/payments?year=${r.year}`}>{p.partnership.name}</Link>
                      </th>
                      <td data-label={t('report.track')}>{t(`track.${p.track}`)}</td>
                      <td data-label={t('report.persons')} className="numeric">
                        {t('report.householdsPersons', { households: formatNumber(p.households), persons: formatNumber(p.persons) })}
                      </td>
                      <td data-label={t('report.committed')} className="numeric">
                        <Money cents={p.committedCents} />
                      </td>
                      <td data-label={t('report.approved')} className="numeric">
                        {p.approvedCents == null ? '—' : <Money cents={p.approvedCents} />}
                      </td>
                      <td data-label={t('report.paid')} className="numeric">
                        <Money cents={p.paidCents} />
                      </td>
                      <td data-label={t('payments.status')}>
                        <Badge tone={STATUS_TONE[p.statementStatus]}>{t(`payments.status.${p.statementStatus}`)}</Badge>
                      </td>
                      <td data-label={t('report.feedback')}>
                        {t('report.feedbackSummary', { accepted: p.feedback.accepted, rounds: p.feedback.rounds })}
                        {p.feedback.overdue > 0 && (
                          <>
                            {' '}
                            <Badge tone="danger">{t('report.overdue', { count: p.feedback.overdue })}</Badge>
                          </>
                        )}
                      </td>
                      {OBJECTIVES.map((o) => {
                        const rating = p.evaluation?.ratings.find((x) => x.objective === o)?.rating;
                        return (
                          <td key={o} data-label={t(`report.objective.${o}`)} className="numeric">
                            {rating ?? '—'}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            <p className="muted">{t('report.evaluationHint')}</p>
          </section>

          <section className="section" aria-labelledby="report-objectives">
            <h2 id="report-objectives">{t('report.objectives')}</h2>
            <dl className="figures">
              {r.objectives.map((o) => (
                <div key={o.objective}>
                  <dt>{t(`report.objective.${o.objective}`)}</dt>
                  <dd data-testid={`objective-${o.objective}`}>{o.average == null ? '—' : t('report.average', { average: formatNumber(o.average), count: o.evaluations })}</dd>
                </div>
              ))}
            </dl>
          </section>

          <section className="section" aria-labelledby="report-months">
            <h2 id="report-months">{t('report.months')}</h2>
            <TableWrap label={t('report.months')}>
              <table className="responsive-table report-table">
                <thead>
                  <tr>
                    <th scope="col">{t('report.month')}</th>
                    <th scope="col">{t('household.arrivalRoute')}</th>
                    <th scope="col" className="numeric">
                      {t('report.arrived')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('report.planned')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {r.months.map((m) => (
                    <tr key={`${m.month}-${m.arrivalRoute}`}>
                      <th scope="row" data-label={t('report.month')}>
                        {monthName(m.month)}
                      </th>
                      <td data-label={t('household.arrivalRoute')}>{t(`arrivalRoute.${m.arrivalRoute}`)}</td>
                      <td data-label={t('report.arrived')} className="numeric">
                        {t('report.householdsPersons', { households: formatNumber(m.households), persons: formatNumber(m.persons) })}
                      </td>
                      <td data-label={t('report.planned')} className="numeric">
                        {t('report.householdsPersons', { households: formatNumber(m.plannedHouseholds), persons: formatNumber(m.plannedPersons) })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          </section>
        </div>
      )}
    </article>
  );
}
