import { SPECIFIC_NEEDS, type SpecificNeed } from '@partner-hub/shared';
import { useT } from '../../app/i18n';
import { CheckboxGroup, TextAreaField } from '../../ui/Fields';

/** The specific needs of a household and their note (only shown to those who may record them). */
export function SpecificNeedsFields({
  needs,
  onNeedsChange,
  note,
  onNoteChange,
}: {
  needs: SpecificNeed[];
  onNeedsChange: (needs: SpecificNeed[]) => void;
  note: string;
  onNoteChange: (note: string) => void;
}) {
  const t = useT();
  return (
    <>
      <CheckboxGroup legend={t('household.specificNeeds')} options={SPECIFIC_NEEDS.map((n) => ({ value: n, label: t(`specificNeed.${n}`) }))} values={needs} onChange={onNeedsChange} />
      <TextAreaField label={t('household.specificNeedsNote')} optional value={note} onChange={onNoteChange} />
    </>
  );
}
