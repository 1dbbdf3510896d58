import { useQuery } from '@apollo/client/react';
import type { ProgrammeCode } from '@partner-hub/shared';
import { intlLocale, useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { InlineError, Loading } from '../../ui/Feedback';
import { TableWrap } from '../../ui/TableWrap';
import { axisStep, monthNames } from './MonthlyChart';

export const ProgrammeIndicatorTotalsDocument = graphql(`
  query ProgrammeIndicatorTotals($programme: ProgrammeCode!, $year: Int!) {
    programmeIndicatorTotals(programme: $programme, year: $year) {
      year
      acceptedReports
      programme {
        id
        code
      }
      indicators {
        indicator {
          key
          type
          label {
            nl
            fr
            en
          }
          choices {
            key
            label {
              nl
              fr
              en
            }
          }
        }
        yearTotal
        months {
          month
          reports
          total
          choices {
            key
            count
          }
        }
        partnerships {
          partnershipId
          name
          total
        }
      }
    }
  }
`);

const W = 480;
const H = 160;
const M = { top: 8, right: 4, bottom: 20, left: 36 };

/** Twelve bars in SVG, one image with a text alternative (the table beside it holds the figures). */
function IndicatorChart({ values, label }: { values: readonly number[]; label: string }) {
  const { locale } = useI18n();
  const names = monthNames(intlLocale(locale), 'narrow');
  const max = Math.max(1, ...values);
  const step = axisStep(max);
  const top = Math.ceil(max / step) * step;
  const innerW = W - M.left - M.right;
  const innerH = H - M.top - M.bottom;
  const bw = innerW / 12;
  const y = (v: number) => M.top + innerH - (v / top) * innerH;
  const ticks = Array.from({ length: Math.floor(top / step) + 1 }, (_, i) => i * step);
  return (
    <svg className="indicator-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} width="100%" preserveAspectRatio="xMidYMid meet">
      {ticks.map((v) => (
        <g key={v}>
          <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke="currentColor" strokeOpacity={0.15} />
          <text x={M.left - 4} y={y(v) + 4} textAnchor="end" fontSize={10} fill="currentColor">
            {v}
          </text>
        </g>
      ))}
      {values.map((v, i) => (
        <g key={i}>
          <rect x={M.left + i * bw + 3} y={y(v)} width={bw - 6} height={Math.max(0, M.top + innerH - y(v))} fill="var(--color-primary, #1d4f91)" />
          <text x={M.left + i * bw + bw / 2} y={H - 6} textAnchor="middle" fontSize={10} fill="currentColor">
            {names[i]}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** The figures a programme's partners reported (accepted reports), a chart and a table per indicator. */
export function IndicatorTotalsSection({ programme, year }: { programme: ProgrammeCode; year: number }) {
  const { t, locale, formatNumber } = useI18n();
  const lang = locale;
  const { data, loading, error } = useQuery(ProgrammeIndicatorTotalsDocument, { variables: { programme, year } });
  const totals = data?.programmeIndicatorTotals;
  const longNames = monthNames(intlLocale(locale), 'long');
  return (
    <section className="section" aria-labelledby="dashboard-indicators-heading">
      <h2 id="dashboard-indicators-heading">{t('indicators.dashboardTitle', { programme: t(`programme.${programme}`), year: String(year) })}</h2>
      {loading && !totals ? (
        <Loading />
      ) : error && !totals ? (
        <InlineError error={error} />
      ) : !totals ? null : totals.indicators.length === 0 ? (
        <p className="muted">{t('indicators.none')}</p>
      ) : (
        <>
          <p className="muted">{t('indicators.accepted', { count: totals.acceptedReports })}</p>
          {totals.indicators
            .filter((x) => x.indicator.type !== 'TEXT')
            .map(({ indicator, yearTotal, months, partnerships }) => {
              const label = indicator.label[lang];
              const number = indicator.type === 'NUMBER';
              return (
                <div key={indicator.key} className="indicator-totals" data-indicator={indicator.key}>
                  <h3>{label}</h3>
                  {number && (
                    <>
                      <p>{t('indicators.yearTotal', { total: formatNumber(yearTotal) })}</p>
                      <IndicatorChart values={months.map((m) => m.total)} label={t('indicators.chartLabel', { indicator: label, year: String(year) })} />
                    </>
                  )}
                  <TableWrap label={label}>
                    <table className="table" aria-label={label}>
                      <thead>
                        <tr>
                          <th scope="col">{t('indicators.month')}</th>
                          <th scope="col" className="numeric">
                            {t('indicators.reports')}
                          </th>
                          {number ? (
                            <th scope="col" className="numeric">
                              {t('indicators.total')}
                            </th>
                          ) : (
                            indicator.choices.map((c) => (
                              <th scope="col" className="numeric" key={c.key}>
                                {c.label[lang]}
                              </th>
                            ))
                          )}
                        </tr>
                      </thead>
                      <tbody>
                        {months
                          .filter((m) => m.reports > 0)
                          .map((m) => (
                            <tr key={m.month}>
                              <th scope="row">{longNames[m.month - 1]}</th>
                              <td className="numeric">{formatNumber(m.reports)}</td>
                              {number ? (
                                <td className="numeric">{formatNumber(m.total)}</td>
                              ) : (
                                m.choices.map((c) => (
                                  <td className="numeric" key={c.key}>
                                    {formatNumber(c.count)}
                                  </td>
                                ))
                              )}
                            </tr>
                          ))}
                      </tbody>
                    </table>
                  </TableWrap>
                  {number && partnerships.length > 1 && (
                    <TableWrap label={`${label}: ${t('indicators.byPartnership')}`}>
                      <table className="table" aria-label={`${label}: ${t('indicators.byPartnership')}`}>
                        <thead>
                          <tr>
                            <th scope="col">{t('indicators.byPartnership')}</th>
                            <th scope="col" className="numeric">
                              {t('indicators.total')}
                            </th>
                          </tr>
                        </thead>
                        <tbody>
                          {partnerships.map((p) => (
                            <tr key={p.partnershipId}>
                              <th scope="row">{p.name}</th>
                              <td className="numeric">{formatNumber(p.total)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </TableWrap>
                  )}
                </div>
              );
            })}
        </>
      )}
    </section>
  );
}
