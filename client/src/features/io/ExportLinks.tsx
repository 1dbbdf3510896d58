import { useT } from '../../app/i18n';

/** Download links for an export served as `${base}.csv` and `${base}.xlsx` (session cookie, the screen's policy). */
export function ExportLinks({ base, query = '' }: { base: string; query?: string }) {
  const t = useT();
  const suffix = query ? `?${query}` : '';
  return (
    <p className="export-links" title={t('io.export.hint')}>
      <span>{t('io.export.label')}: </span>
      <a className="button button-secondary" href={`${base}.csv${suffix}`} download>
        {t('io.export.csv')}
      </a>{' '}
      <a className="button button-secondary" href={`${base}.xlsx${suffix}`} download>
        {t('io.export.xlsx')}
      </a>
    </p>
  );
}
