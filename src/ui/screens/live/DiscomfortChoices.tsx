// Where a pull was uncomfortable: tick boxes, optional, in the catalogue's order.
import {
  DISCOMFORT_LOCATIONS,
  type DiscomfortLocation,
} from '../../../domain/adaptation/discomfort';
import { Checkbox } from '../../components/Checkbox';
import { useT } from '../../i18n/translate';

export interface DiscomfortChoicesProps {
  chosen: readonly DiscomfortLocation[];
  onChange(chosen: DiscomfortLocation[]): void;
}

export function DiscomfortChoices({ chosen, onChange }: DiscomfortChoicesProps) {
  const t = useT();
  // Kept in the catalogue's order, whatever order they were ticked in.
  const toggle = (location: DiscomfortLocation) => (checked: boolean) =>
    onChange(
      DISCOMFORT_LOCATIONS.filter((place) =>
        place === location ? checked : chosen.includes(place),
      ),
    );
  return (
    <fieldset class="group">
      <legend class="group__legend">{t('live.discomfort.legend')}</legend>
      <div class="choices choices--inline discomfort-list">
        {DISCOMFORT_LOCATIONS.map((location) => (
          <Checkbox
            key={location}
            label={t(`live.discomfort.${location}`)}
            checked={chosen.includes(location)}
            onChange={toggle(location)}
          />
        ))}
      </div>
    </fieldset>
  );
}
