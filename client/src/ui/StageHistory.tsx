import { useI18n } from '../app/i18n';

/** A case's stages in order with the day each was reached (return files, support trajectories). */
export function StageHistory({ stages, label, className }: { stages: readonly { stage: string; on: string }[]; label: (stage: string) => string; className?: string }) {
  const { formatDate } = useI18n();
  return (
    <ol className={className ?? 'case-stages'}>
      {stages.map((s) => (
        <li key={s.stage}>
          {label(s.stage)}: {formatDate(s.on)}
        </li>
      ))}
    </ol>
  );
}
