// The agreed physical stop signal in words: a ready-made one by name, or the couple's own words.
import type { Translate } from '../../i18n/translate';
import { isPhysicalSignalPreset } from '../agreement';

export function signalText(signal: string, t: Translate): string {
  return isPhysicalSignalPreset(signal) ? t(`agreement.signal.${signal}`) : signal;
}
