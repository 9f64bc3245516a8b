// Where discomfort was felt suggests a change of position or technique, never a harder pull.
import type { Technique } from '../plan/plan';

export const DISCOMFORT_LOCATIONS = ['ankles', 'knees', 'hips', 'belt', 'sliding'] as const;
export type DiscomfortLocation = (typeof DISCOMFORT_LOCATIONS)[number];

/** Every place either list names, once each, in the catalogue's order. */
export function joinPlaces(
  known: readonly DiscomfortLocation[],
  said: readonly DiscomfortLocation[],
): DiscomfortLocation[] {
  return DISCOMFORT_LOCATIONS.filter((place) => known.includes(place) || said.includes(place));
}

export type PositionSuggestion =
  | 'gripHigherOrPadded'
  | 'switchToPelvicBelt'
  | 'switchToAnkleHold'
  | 'beltHigherAwayFromGroin'
  | 'firmerSurface';

export function positionSuggestion(
  location: DiscomfortLocation,
  technique: Technique,
): PositionSuggestion {
  switch (location) {
    case 'ankles':
      return technique === 'ankleHold' ? 'gripHigherOrPadded' : 'firmerSurface';
    case 'knees':
      // An ankle hold loads the knees; the belt takes the pull nearer the hips.
      return technique === 'ankleHold' ? 'switchToPelvicBelt' : 'beltHigherAwayFromGroin';
    case 'hips':
      return technique === 'ankleHold' ? 'switchToPelvicBelt' : 'switchToAnkleHold';
    case 'belt':
      return technique === 'pelvicBelt' ? 'beltHigherAwayFromGroin' : 'gripHigherOrPadded';
    case 'sliding':
      return 'firmerSurface';
  }
}

export function positionSuggestions(
  locations: readonly DiscomfortLocation[],
  technique: Technique,
): PositionSuggestion[] {
  return [...new Set(locations.map((l) => positionSuggestion(l, technique)))];
}
