// Where it was uncomfortable, turned into a change of position for the next pull.
import type { DiscomfortLocation } from '../../../domain/adaptation/discomfort';
import { positionSuggestions } from '../../../domain/adaptation/discomfort';
import type { Technique } from '../../../domain/plan/plan';
import { FixedNamesMarked } from '../../components/FixedName';
import { useT } from '../../i18n/translate';

export function PositionAdvice({
  discomfort,
  technique,
}: {
  discomfort: readonly DiscomfortLocation[];
  technique: Technique;
}) {
  const t = useT();
  const suggestions = positionSuggestions(discomfort, technique);
  if (suggestions.length === 0) return null;
  return (
    <div>
      <p>{t('live.next.position')}</p>
      <ul>
        {suggestions.map((suggestion) => (
          <li key={suggestion}>
            <FixedNamesMarked text={t(`live.position.${suggestion}`)} />
          </li>
        ))}
      </ul>
    </div>
  );
}
