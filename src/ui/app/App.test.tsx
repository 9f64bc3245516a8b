// @vitest-environment jsdom
// The app's first screen: chosen from what is stored, and nothing else fetched before it shows.
import { render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleRecord } from '../../domain/record/arbitraries';
import { FakeClock } from '../../platform/clock';
import { createCueQueue } from '../../platform/cueQueue';
import { FakeHaptics } from '../../platform/haptics';
import { MemorySettingsStore } from '../../platform/settingsStore';
import { FakeSpeech } from '../../platform/speech';
import type { StartupData } from '../../platform/startupRead';
import { MemorySessionStore } from '../../platform/storage';
import { FakeTones } from '../../platform/tones';
import { FakeVisibility } from '../../platform/visibility';
import { FakeWakeLock } from '../../platform/wakeLock';
import { en } from '../i18n/en';
import { App } from './App';
import type { Services } from './services';

afterEach(() => {
  document.body.innerHTML = '';
});

function services(readAtStartup: () => Promise<StartupData>): Services {
  const clock = new FakeClock(0);
  const speech = new FakeSpeech({ clock });
  return {
    clock,
    timer: clock,
    visibility: new FakeVisibility(true),
    speech,
    cueQueue: createCueQueue(speech, clock),
    tones: new FakeTones(),
    haptics: new FakeHaptics(),
    wakeLock: new FakeWakeLock(),
    settingsStore: new MemorySettingsStore(),
    readAtStartup,
    openStore: () => Promise.resolve({ store: new MemorySessionStore(), warning: null }),
    wallNow: () => new Date('2026-11-20T09:00:00.000Z'),
    newId: () => 'session-1',
  };
}

/** A startup read the test finishes when it chooses. */
function pendingRead() {
  let finish: (data: StartupData) => void = () => undefined;
  const read = new Promise<StartupData>((resolve) => {
    finish = resolve;
  });
  return { read: () => read, finish };
}

describe('the first screen', () => {
  it('registers the service worker only once the first screen shows', async () => {
    const startup = pendingRead();
    const registerServiceWorker = vi.fn();
    render(<App services={services(startup.read)} registerServiceWorker={registerServiceWorker} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(registerServiceWorker).not.toHaveBeenCalled();

    startup.finish({ profile: undefined, active: undefined });
    await screen.findByRole('heading', { name: en['welcome.title'] });
    await waitFor(() => expect(registerServiceWorker).toHaveBeenCalledOnce());
  });

  it('a session in progress shows recovery first, never another screen before it', async () => {
    const startup = pendingRead();
    render(<App services={services(startup.read)} />);
    const record = exampleRecord('s1', '2026-11-20T09:00:00.000Z');
    startup.finish({ profile: { welcomedOn: '2026-11-01' }, active: { snapshot: {}, record } });
    await screen.findByText(en['recovery.releaseNow']);
    expect(screen.queryByRole('heading', { name: en['welcome.title'] })).toBeNull();
  });
});
