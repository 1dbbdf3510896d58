import { useEffect, useId, useRef, useState } from 'react';
import { intlLocale, useI18n } from '../../app/i18n';
import { TableWrap } from '../../ui/TableWrap';
import styles from './MonthlyChart.module.css';

export interface MonthFigure {
  /** 1 to 12. */
  month: number;
  arrived: number;
  planned: number;
}

/** The width of an element, followed as it changes (a fallback where ResizeObserver is missing, as in tests). */
function useWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = entry?.contentRect.width;
      if (w && w > 0) setWidth(Math.round(w));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/** A round step for the value axis (1, 2 or 5 times a power of ten), about four steps up to max. */
export function axisStep(max: number): number {
  if (max <= 4) return 1;
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return Math.max(1, Math.round(step));
}

export function monthNames(locale: string, width: 'short' | 'narrow' | 'long'): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2000, i, 1))));
}

const HEIGHT = 240;
const MARGIN = { top: 12, right: 8, bottom: 28, left: 40 };

/**
 * Persons arrived and planned by month as stacked bars, drawn in SVG (no chart library). The
 * picture is one image with a text alternative; the table after it holds every figure.
 */
export function MonthlyChart({ months, year, title }: { months: readonly MonthFigure[]; year: number; title: string }) {
  const { t, locale, formatNumber } = useI18n();
  const { ref, width } = useWidth<HTMLDivElement>(640);
  const id = useId();
  const tag = intlLocale(locale);
  const byMonth = Array.from({ length: 12 }, (_, i) => months.find((m) => m.month === i + 1) ?? { month: i + 1, arrived: 0, planned: 0 });
  const longNames = monthNames(tag, 'long');
  const arrivedTotal = byMonth.reduce((s, m) => s + m.arrived, 0);
  const plannedTotal = byMonth.reduce((s, m) => s + m.planned, 0);

  const max = Math.max(1, ...byMonth.map((m) => m.arrived + m.planned));
  const step = axisStep(max);
  const top = Math.ceil(max / step) * step;
  const ticks = Array.from({ length: top / step + 1 }, (_, i) => i * step);

  const plotWidth = Math.max(120, width - MARGIN.left - MARGIN.right);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotWidth / 12;
  const barWidth = Math.max(4, Math.min(40, slot * 0.62));
  const labels = monthNames(tag, slot >= 38 ? 'short' : 'narrow');
  const y = (value: number) => MARGIN.top + plotHeight - (value / top) * plotHeight;

  return (
    <figure className={styles.chart}>
      <div ref={ref} className={styles.chartCanvas}>
        <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} data-testid="month-chart">
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{t('dashboard.chartSummary', { year, arrived: arrivedTotal, planned: plannedTotal })}</desc>
          {ticks.map((tick) => (
            <g key={tick} className={styles.chartTick}>
              <line x1={MARGIN.left} x2={MARGIN.left + plotWidth} y1={y(tick)} y2={y(tick)} />
              <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
                {formatNumber(tick)}
              </text>
            </g>
          ))}
          {byMonth.map((m, i) => {
            const x = MARGIN.left + i * slot + (slot - barWidth) / 2;
            const arrivedTop = y(m.arrived);
            const plannedTop = y(m.arrived + m.planned);
            return (
              <g key={m.month}>
                <title>{t('dashboard.barTitle', { month: longNames[i], arrived: m.arrived, planned: m.planned })}</title>
                {m.arrived > 0 && <rect className={styles.chartArrived} x={x} width={barWidth} y={arrivedTop} height={y(0) - arrivedTop} />}
                {m.planned > 0 && <rect className={styles.chartPlanned} x={x} width={barWidth} y={plannedTop} height={arrivedTop - plannedTop} />}
                <text className={styles.chartLabel} x={x + barWidth / 2} y={HEIGHT - MARGIN.bottom + 18} textAnchor="middle">
                  {labels[i]}
                </text>
              </g>
            );
          })}
          <line className={styles.chartAxis} x1={MARGIN.left} x2={MARGIN.left + plotWidth} y1={y(0)} y2={y(0)} />
        </svg>
      </div>
      <figcaption className={styles.chartLegend} aria-hidden="true">
        <span>
          <span className={`${styles.swatch} ${styles.swatchArrived}`} /> {t('col.arrived')}
        </span>
        <span>
          <span className={`${styles.swatch} ${styles.swatchPlanned}`} /> {t('col.planned')}
        </span>
      </figcaption>
      <TableWrap label={t('dashboard.chartTable')}>
        <table className={styles.chartTable} data-testid="month-table">
          <caption className="visually-hidden">{t('dashboard.chartTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col.month')}</th>
              <th scope="col" className="numeric">
                {t('col.arrived')}
              </th>
              <th scope="col" className="numeric">
                {t('col.planned')}
              </th>
              <th scope="col" className="numeric">
                {t('col.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {byMonth.map((m, i) => (
              <tr key={m.month}>
                <th scope="row">{longNames[i]}</th>
                <td className="numeric">{formatNumber(m.arrived)}</td>
                <td className="numeric">{formatNumber(m.planned)}</td>
                <td className="numeric">{formatNumber(m.arrived + m.planned)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('col.total')}</th>
              <td className="numeric">{formatNumber(arrivedTotal)}</td>
              <td className="numeric">{formatNumber(plannedTotal)}</td>
              <td className="numeric">{formatNumber(arrivedTotal + plannedTotal)}</td>
            </tr>
          </tfoot>
        </table>
      </TableWrap>
    </figure>
  );
}
