// Composition root: picks the browser adapters for every port and renders the app.
// The base styles come first so each screen's own CSS can refine them.
import './ui/styles/tokens.css';
import './ui/styles/base.css';
import { render } from 'preact';
import { returnToBase } from './platform/appHistory';
import { createBrowserTimer, createSleepAwareClock } from './platform/clock';
import { createCueQueue } from './platform/cueQueue';
import type { CueRun } from './platform/effects';
import { createBrowserHaptics } from './platform/haptics';
import { openLocalSettingsStore, type SettingsStore } from './platform/settingsStore';
import { createBrowserSpeech } from './platform/speech';
import { readAtStartup } from './platform/startupRead';
import { createWebAudioTones } from './platform/tones';
import { documentVisibility } from './platform/visibility';
import { createBrowserWakeLock } from './platform/wakeLock';
import { App, browserLocale } from './ui/app/App';
import type { Services } from './ui/app/services';
import { loadAreas } from './ui/i18n/translate';

// A reload leaves the entries of the screens before it behind: off them, Back leaves as usual.
void returnToBase();

// Counts a phone's sleep: an overdue hold then resolves to a release (H8).
const clock = createSleepAwareClock();
const visibility = documentVisibility();
const speech = createBrowserSpeech();

const services = (settingsStore: SettingsStore): Services => ({
  clock,
  timer: createBrowserTimer(clock),
  visibility,
  speech,
  cueQueue: createCueQueue(speech, clock),
  tones: createWebAudioTones(),
  haptics: createBrowserHaptics(),
  wakeLock: createBrowserWakeLock({ visibility }),
  settingsStore,
  readAtStartup: () => readAtStartup(),
  // Storage (Dexie) loads after the first paint; nothing on the first screen needs it.
  openStore: () => import('./platform/storage').then((storage) => storage.openSessionStore()),
  wallNow: () => new Date(),
  newId: () => crypto.randomUUID(),
  // `?bench`: the benchmarks read every cue's timing; nobody else's page keeps such a log.
  ...(new URLSearchParams(location.search).has('bench') ? { cueLog: benchCueLog() } : {}),
});

function benchCueLog(): (run: CueRun) => void {
  const log: CueRun[] = [];
  (window as Window & { __tractusCueLog?: CueRun[] }).__tractusCueLog = log;
  return (run) => log.push(run);
}

const root = document.getElementById('app');
// Settings first (the language and theme of the first paint), then the first screen's words;
// English stands in if they cannot load.
void openLocalSettingsStore().then(async (settingsStore) => {
  const locale = settingsStore.load().settings.language ?? browserLocale();
  await loadAreas(locale, ['boot'])
    .catch(() => loadAreas('en', ['boot']))
    .catch(() => undefined);
  if (!root) return;
  render(
    <App
      services={services(settingsStore)}
      initialLocale={locale}
      registerServiceWorker={(events) => {
        // The update machinery is not needed for the first screen: it waits until the page rests.
        afterLoad(() => {
          void import('./platform/serviceWorker').then((sw) => sw.registerServiceWorker(events));
        });
      }}
    />,
    root,
  );
});

function afterLoad(run: () => void): void {
  const idle = () => (globalThis.requestIdleCallback ?? setTimeout)(run);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
