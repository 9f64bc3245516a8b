// The device capabilities the screens use, picked in main.tsx and handed down through context.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Clock, Timer } from '../../platform/clock';
import type { CueQueue } from '../../platform/cueQueue';
import type { CueRun } from '../../platform/effects';
import type { Haptics } from '../../platform/haptics';
import type { SettingsStore } from '../../platform/settingsStore';
import type { Speech } from '../../platform/speech';
import type { StartupData } from '../../platform/startupRead';
import type { OpenedStore } from '../../platform/storage';
import type { Tones } from '../../platform/tones';
import type { Visibility } from '../../platform/visibility';
import type { WakeLock } from '../../platform/wakeLock';

export interface Services {
  clock: Clock;
  timer: Timer;
  visibility: Visibility;
  speech: Speech;
  cueQueue: CueQueue;
  tones: Tones;
  haptics: Haptics;
  wakeLock: WakeLock;
  settingsStore: SettingsStore;
  /** The profile and any session in progress, read without the storage code (first paint). */
  readAtStartup(): Promise<StartupData>;
  /** Opens the session store; loaded on demand so storage code stays off the first paint. */
  openStore(): Promise<OpenedStore>;
  /** The wall-clock time now, for records and dates (never for session timing). */
  wallNow(): Date;
  newId(): string;
  /** Set only when timing is being measured (the benchmarks): every cue as it was carried out. */
  cueLog?(run: CueRun): void;
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('Services are missing: render inside <ServicesContext.Provider>.');
  return services;
}

/** YYYY-MM-DD in the user's own time zone. */
export function localDate(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
