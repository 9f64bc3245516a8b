// Test vocabulary for the live session: the two people, the device's clock, and what the screen says.
import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import { vi } from 'vitest';
import { defaultPlan, type Plan } from '../../../domain/plan/plan';
import type { SessionRecord } from '../../../domain/record/sessionRecord';
import { defaultSettings, type Settings } from '../../../domain/settings/settings';
import { FakeClock } from '../../../platform/clock';
import { createCueQueue } from '../../../platform/cueQueue';
import { FakeHaptics } from '../../../platform/haptics';
import { MemorySettingsStore } from '../../../platform/settingsStore';
import { FakeSpeech, type FakeSpeechOptions } from '../../../platform/speech';
import { MemorySessionStore, type SessionStore } from '../../../platform/storage';
import { FakeTones } from '../../../platform/tones';
import { FakeVisibility } from '../../../platform/visibility';
import { FakeWakeLock, type FakeWakeLockOptions } from '../../../platform/wakeLock';
import { type Services, ServicesContext } from '../../app/services';
import type { Agreement } from '../agreement';
import { LiveSession, type SessionSetup } from './LiveSession';

export const AGREEMENT: Agreement = {
  stopWord: 'Halt',
  physicalSignal: 'twoTaps',
  baselinePain: 4,
};

export interface RenderLiveOptions {
  /** The screening gate; true unless a test says otherwise. */
  mayStart?: boolean;
  plan?: Partial<Plan>;
  settings?: Partial<Settings>;
  store?: SessionStore;
  speech?: Partial<Omit<FakeSpeechOptions, 'clock'>>;
  wakeLock?: FakeWakeLockOptions;
}

/** Waits for the store's writes: each runs in a task after the step that asked for it. */
export async function settle(): Promise<void> {
  await act(async () => {
    // Two tasks: the one the writes wait for, then one behind every promise they chained.
    for (let task = 0; task < 2; task++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

function button(name: string | RegExp): HTMLElement {
  return screen.getByRole('button', { name });
}

/** Renders the live session with fakes for every device capability. */
export function renderLive(options: RenderLiveOptions = {}) {
  const fakeClock = new FakeClock(100_000);
  const speech = new FakeSpeech({ clock: fakeClock, utteranceMs: 400, ...options.speech });
  const tones = new FakeTones();
  const haptics = new FakeHaptics();
  const wakeLock = new FakeWakeLock(options.wakeLock);
  const visibility = new FakeVisibility(true);
  const cueQueue = createCueQueue(speech, fakeClock);
  const store = options.store ?? new MemorySessionStore();
  const ids = { next: 0 };
  const services: Services = {
    clock: fakeClock,
    timer: fakeClock,
    visibility,
    speech,
    cueQueue,
    tones,
    haptics,
    wakeLock,
    settingsStore: new MemorySettingsStore(),
    readAtStartup: () => Promise.resolve({ profile: undefined, active: undefined }),
    openStore: () => Promise.resolve({ store, warning: null }),
    wallNow: () => new Date('2026-11-20T09:00:00.000Z'),
    newId: () => `session-${++ids.next}`,
  };
  const setup: SessionSetup = {
    plan: { ...defaultPlan(), ...options.plan },
    agreement: AGREEMENT,
    screening: { outcome: 'clear', professionalConfirmedOn: null },
    mayStart: options.mayStart ?? true,
  };
  const settings: Settings = { ...defaultSettings(), ...options.settings };
  const onFinished = vi.fn<(record: SessionRecord) => void>();
  const onNotNow = vi.fn<() => void>();
  const view = render(
    <ServicesContext.Provider value={services}>
      <LiveSession
        setup={setup}
        store={store}
        settings={settings}
        onFinished={onFinished}
        onNotNow={onNotNow}
      />
    </ServicesContext.Provider>,
  );

  const clock = {
    /** Time passes on the device; every deadline on the way fires on time. */
    advance(ms: number) {
      act(() => fakeClock.advance(ms));
    },
    now: () => fakeClock.now(),
  };

  const receiver = {
    startSession() {
      fireEvent.click(button('Start session'));
    },
    /** "Gentle pull — hold here". */
    confirm() {
      fireEvent.click(button('Gentle pull — hold here'));
    },
    /** A first touch on Stop, as a finger does it: pointerdown, then the click that follows. */
    stop() {
      const stop = button('Stop');
      fireEvent.pointerDown(stop, { pointerType: 'touch', button: 0 });
      fireEvent.click(stop);
    },
    pain() {
      const pain = button('Pain');
      fireEvent.pointerDown(pain, { pointerType: 'touch', button: 0 });
      fireEvent.click(pain);
    },
    press(name: 'Pause' | 'Resume' | 'Ease off') {
      fireEvent.click(button(name));
    },
    pressKey(key: ' ' | 'Escape', target: Element = document.body) {
      fireEvent.keyDown(target, { key });
      fireEvent.keyUp(target, { key });
    },
    rate(
      rating: 'Too gentle' | 'Just right' | 'Too strong' | 'Painful',
      discomfort: string[] = [],
    ) {
      fireEvent.click(screen.getByRole('radio', { name: rating }));
      for (const place of discomfort)
        fireEvent.click(screen.getByRole('checkbox', { name: place }));
      fireEvent.click(button('Continue'));
    },
    stoppedBecause(reason: string | RegExp) {
      fireEvent.click(screen.getByRole('radio', { name: reason }));
      fireEvent.click(button('Continue'));
    },
    carryOn() {
      fireEvent.click(button('Carry on'));
    },
    endSession() {
      fireEvent.click(button('End the session'));
    },
    /** The end screen's Continue. */
    continue() {
      fireEvent.click(button('Continue'));
    },
  };

  /** What the screen says right now. */
  const live = {
    status: () => screen.getByRole('status').textContent ?? '',
    caption: () => document.querySelector('.caption')?.textContent ?? '',
    countdown: () => document.querySelector('.countdown__number')?.textContent ?? null,
    controls: () => within(screen.getByRole('region', { name: 'Session controls' })),
  };

  /** Lets time pass, a quarter second at a time, until the status names one of these phases. */
  function waitForPhase<P extends string>(...phases: P[]): P {
    const limitMs = 15 * 60_000;
    for (let waited = 0; waited <= limitMs; waited += 250) {
      const reached = phases.find((phase) => live.status().startsWith(phase));
      if (reached) return reached;
      clock.advance(250);
    }
    throw new Error(`Still "${live.status()}" after ${limitMs} ms.`);
  }

  /** Start, a gentle pull confirmed as the ramp begins, held and released: the first rest. */
  function toFirstRest(): void {
    receiver.startSession();
    clock.advance(5000);
    receiver.confirm();
    waitForPhase('Rest');
  }

  return {
    view,
    services,
    speech,
    tones,
    wakeLock,
    visibility,
    store,
    setup,
    onFinished,
    clock,
    receiver,
    live,
    waitForPhase,
    toFirstRest,
  };
}
