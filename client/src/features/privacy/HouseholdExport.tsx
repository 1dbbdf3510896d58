import { LOCALES, type Locale } from '@partner-hub/shared';
import { useState } from 'react';
import { useI18n } from '../../app/i18n';
import { SelectField } from '../../ui/Fields';
import { ExportButton } from './ExportButton';
import styles from './privacy.module.css';

const LANGUAGE_NAMES: Record<Locale, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' };

/** The subject access export of a household or one of its members (admins), in the language chosen. */
export function HouseholdExport({ householdId, members }: { householdId: string; members: { id: string; firstName: string; lastName: string }[] }) {
  const { t, locale } = useI18n();
  const [member, setMember] = useState('');
  const [language, setLanguage] = useState<Locale>(locale);
  const query = new URLSearchParams({ lang: language, ...(member ? { member } : {}) });
  return (
    <div className={styles.householdExport}>
      <h3>{t('privacy.export.title')}</h3>
      <p>{t('privacy.export.intro')}</p>
      <div className="grid grid-2">
        <SelectField
          label={t('privacy.export.member')}
          value={member}
          onChange={setMember}
          options={[{ value: '', label: t('privacy.export.wholeHousehold') }, ...members.map((m) => ({ value: m.id, label: `${m.firstName} ${m.lastName}` }))]}
        />
        <SelectField label={t('privacy.export.language')} value={language} onChange={(v) => setLanguage(v)} options={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))} />
      </div>
      <ExportButton url={`/privacy/households/${encodeURIComponent(householdId)}/export.zip?${query}`} label={t('privacy.export.download')} />
    </div>
  );
}
