// What the app starts from, checked with the schemas only when something is stored: a first visit
// has nothing to check, so its first screen waits for no schema code.
import { initialProfile } from '../../domain/record/profile';
import type { StartupData } from '../../platform/startupRead';
import type { StartupState } from './startup';

type Check = (data: StartupData) => StartupState;

const loadCheck = (): Promise<Check> => import('./startup').then((startup) => startup.startupState);

export function checkStartup(
  data: StartupData,
  load: () => Promise<Check> = loadCheck,
): Promise<StartupState> {
  if (data.profile === undefined && data.active === undefined) {
    return Promise.resolve({ profile: initialProfile(), active: null, problems: [] });
  }
  return load().then((check) => check(data));
}
