// The storage layer (src/platform) writes its messages for people in English; this shows them in
// the chosen language. Any other text (a technical detail) is shown as it came.
import { app } from './en/app';
import type { Translate } from './translate';

/** Every message the storage layer may show, longest first so none is matched inside another. */
export const PROBLEM_KEYS = [
  ...([
    'storage.message.quota',
    'storage.message.unavailable',
    'storage.message.blocked',
    'storage.message.upgradedElsewhere',
    'storage.message.newerData',
    'storage.message.inMemory',
    'storage.message.unknown',
    'storage.message.damagedSession',
    'storage.message.damagedProfile',
    'storage.message.settingsUnavailable',
    'storage.message.settingsFull',
    'storage.message.settingsFailed',
    'storage.message.settingsUnreadable',
    'storage.message.settingsKeptUnsaved',
    'storage.message.settingsDamaged',
    'storage.message.settingsReset',
  ] as const satisfies readonly (keyof typeof app)[]),
].sort((a, b) => app[b].length - app[a].length);

/** A problem (an error or its message) in the chosen language, as far as its words are known. */
export function problemInWords(problem: unknown, t: Translate): string {
  let text = problem instanceof Error ? problem.message : String(problem);
  for (const key of PROBLEM_KEYS) text = text.split(app[key]).join(t(key));
  return text;
}
