import { useI18n } from '../../app/i18n';
import { ExportButton } from './ExportButton';

/** Anyone: download what the hub holds about oneself (profile, messages written, settings, sign-ins). */
export function MyDataDownload() {
  const { t, locale } = useI18n();
  return (
    <section className="section" aria-labelledby="my-data-heading">
      <h2 id="my-data-heading">{t('privacy.mine.title')}</h2>
      <p>{t('privacy.mine.intro')}</p>
      <ExportButton url={`/privacy/me/export.zip?lang=${locale}`} label={t('privacy.mine.download')} />
    </section>
  );
}
