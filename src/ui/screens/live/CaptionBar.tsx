// The words of the latest cues in large type, so the partner can read what is being said.
import type { Caption } from '../../../platform/effects';
import { FixedNamesMarked } from '../../components/FixedName';
import { useT } from '../../i18n/translate';

export function CaptionBar({ captions }: { captions: readonly Caption[] }) {
  const t = useT();
  if (captions.length === 0) return null;
  const safety = captions.some((caption) => caption.priority === 'safety');
  return (
    <p class={safety ? 'caption caption--safety' : 'caption'}>
      <span class="visually-hidden">{t('live.caption.label')}: </span>
      {captions.map((caption, index) => (
        <span key={`${caption.cue}-${caption.scheduledAt}`} data-cue={caption.cue}>
          {index > 0 ? ' ' : ''}
          <FixedNamesMarked text={caption.text} />
        </span>
      ))}
    </p>
  );
}
