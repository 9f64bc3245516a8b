// A sound switch's hint; with speech and beeps both off it also says that only Stop will sound (H9).
import type { Settings } from '../../../domain/settings/settings';
import { FixedNamesMarked } from '../../components/FixedName';
import { useT } from '../../i18n/translate';

export interface SoundsHintProps {
  settings: Pick<Settings, 'voiceOn' | 'beeps'>;
  /** The switch's own hint. */
  base: string;
}

/** Beside both switches, so whichever was turned off last is read with the warning. */
export function SoundsHint({ settings, base }: SoundsHintProps) {
  const t = useT();
  const silent = !settings.voiceOn && !settings.beeps;
  return (
    <>
      <FixedNamesMarked text={base} />
      {/* The space keeps the two sentences apart when read out as one description. */}
      {silent && ' '}
      {silent && (
        <strong class="sounds-hint__silent">
          <FixedNamesMarked text={t('settings.cues.silent')} />
        </strong>
      )}
    </>
  );
}
