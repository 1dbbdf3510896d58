import { PROGRAMME_CODES, type ProgrammeCode } from '@partner-hub/shared';
import { useT } from '../../app/i18n';
import { SelectField, TextField } from '../../ui/Fields';

/** The programme and year a quota view is about (admin home, dashboard). */
export function ProgrammeYearFields({
  programme,
  onProgrammeChange,
  yearText,
  onYearChange,
  yearErrors,
}: {
  programme: ProgrammeCode;
  onProgrammeChange: (programme: ProgrammeCode) => void;
  yearText: string;
  onYearChange: (yearText: string) => void;
  yearErrors?: string[];
}) {
  const t = useT();
  return (
    <div className="grid grid-2 filters">
      <SelectField label={t('quota.programme')} value={programme} onChange={onProgrammeChange} options={PROGRAMME_CODES.map((c) => ({ value: c, label: t(`programme.${c}`) }))} />
      <TextField label={t('quota.year')} type="number" inputMode="numeric" min={2000} max={2100} value={yearText} onChange={onYearChange} errors={yearErrors} />
    </div>
  );
}
