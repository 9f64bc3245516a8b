// @vitest-environment jsdom
// The app's first screen: chosen from what is stored, and nothing else fetched before it shows.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exampleRecord } from '../../domain/record/arbitraries';
import { initialProfile } from '../../domain/record/profile';
import { defaultSettings } from '../../domain/settings/settings';
import { currentEntry, returnToBase } from '../../platform/appHistory';
import { FakeClock } from '../../platform/clock';
import { createCueQueue } from '../../platform/cueQueue';
import { FakeHaptics } from '../../platform/haptics';
import { browserMove } from '../../platform/historyTesting';
import { MemorySettingsStore, type SettingsStore } from '../../platform/settingsStore';
import { FakeSpeech } from '../../platform/speech';
import type { StartupData } from '../../platform/startupRead';
import { MemorySessionStore, STORAGE_MESSAGES, StorageError } from '../../platform/storage';
import { FakeTones } from '../../platform/tones';
import { FakeVisibility } from '../../platform/visibility';
import { FakeWakeLock } from '../../platform/wakeLock';
import { en } from '../i18n/en';
import { answer, answerRest, pressContinue } from '../screens/testing';
import { App } from './App';
import type { Services } from './services';

// Unmounted, not only removed: a screen left mounted would still hear taps and the Back.
afterEach(cleanup);

function services(
  readAtStartup: () => Promise<StartupData>,
  overrides: Partial<Services> = {},
): Services {
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
    ...overrides,
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

describe('no session on the day of an urgent outcome', () => {
  /** The app on a device clock the test moves, with a store that outlives screens. */
  function appAt(first: Date, data: StartupData) {
    const store = new MemorySessionStore();
    const clock = { now: first };
    render(
      <App
        services={services(() => Promise.resolve(data), {
          openStore: () => Promise.resolve({ store, warning: null }),
          wallNow: () => clock.now,
        })}
      />,
    );
    return { store, clock };
  }
  const returning = {
    profile: { ...initialProfile(), welcomedOn: '2026-11-01' },
    active: undefined,
  };
  const urgentHeading = () =>
    screen.findByRole('heading', { level: 1, name: en['screening.urgent.title'] });

  async function begin() {
    fireEvent.click(await screen.findByRole('button', { name: en['home.begin'] }));
  }
  async function goHome() {
    fireEvent.click(await screen.findByRole('button', { name: en['nav.home'] }));
  }
  /** Home gives the day's advice in place of the way into a session. */
  async function expectHomeBarred(day: 'urgentToday' | 'avoidToday') {
    await screen.findByRole('heading', { level: 1, name: en['home.title'] });
    const advice = await screen.findByRole('alert');
    expect(advice.textContent).toContain(en[`home.${day}.title`]);
    expect(advice.textContent).toContain(en[`home.${day}.next`]);
    expect(screen.queryByText(en['home.preCheck'])).toBeNull();
    expect(screen.queryByRole('button', { name: en['home.begin'] })).toBeNull();
  }

  it('an urgent answer at 23:50 keeps that local day: screening again is refused, after midnight it is asked', async () => {
    // Local times: whatever the machine's time zone, these two are either side of its midnight.
    const { store, clock } = appAt(new Date(2026, 10, 20, 23, 50), returning);
    await begin();
    await screen.findByRole('heading', { level: 1, name: en['screening.title'] });
    answer('bladderOrBowel', 'Yes');
    answerRest('No');
    pressContinue();
    await urgentHeading();
    await waitFor(async () => expect((await store.getProfile())?.lastUrgentOn).toBe('2026-11-20'));

    clock.now = new Date(2026, 10, 20, 23, 59);
    await goHome();
    await expectHomeBarred('urgentToday');

    clock.now = new Date(2026, 10, 21, 0, 10);
    fireEvent.click(screen.getByRole('button', { name: en['home.settings'] }));
    await goHome();
    await begin();
    await screen.findByRole('heading', { level: 1, name: en['screening.title'] });
    expect(screen.getAllByRole('radio').length).toBeGreaterThan(0);
  });

  it('an avoid answer in the short check stands all day; the next day the full screening asks again', async () => {
    const profile = {
      ...returning.profile,
      lastFullScreeningOn: '2026-11-15',
      lastFullScreeningOutcome: 'clear' as const,
    };
    const { store, clock } = appAt(new Date(2026, 10, 20, 10, 0), { profile, active: undefined });
    await begin();
    await screen.findByRole('heading', { level: 1, name: en['screening.preSession.title'] });
    answer('pregnancy', 'Yes');
    answerRest('No');
    pressContinue();
    await screen.findByRole('heading', { level: 1, name: en['screening.avoid.title'] });
    await waitFor(async () =>
      expect((await store.getProfile())?.lastAvoid).toEqual({
        on: '2026-11-20',
        reasons: ['pregnancy'],
      }),
    );

    // Answering again the same day is no way round it: Home gives the advice, not a way in.
    clock.now = new Date(2026, 10, 20, 22, 0);
    await goHome();
    await expectHomeBarred('avoidToday');

    // The next day every question is asked again, not only the short check's, and Home says why
    // (not "30 days or more").
    clock.now = new Date(2026, 10, 21, 9, 0);
    fireEvent.click(screen.getByRole('button', { name: en['home.settings'] }));
    await goHome();
    expect(await screen.findByText(en['home.screeningAfterAvoid'])).toBeTruthy();
    await begin();
    await screen.findByRole('heading', { level: 1, name: en['screening.title'] });
  });

  it('the day after, the short check needs a professional’s agreement once, then no more', async () => {
    const profile = {
      ...returning.profile,
      lastFullScreeningOn: '2026-11-15',
      lastFullScreeningOutcome: 'clear' as const,
      lastUrgentOn: '2026-11-20',
    };
    const { store, clock } = appAt(new Date(2026, 10, 21, 10, 0), { profile, active: undefined });
    await begin();
    await screen.findByRole('heading', { level: 1, name: en['screening.preSession.title'] });
    answerRest('No');
    pressContinue();
    await screen.findByRole('heading', { level: 1, name: en['screening.askFirst.title'] });
    fireEvent.click(screen.getByRole('checkbox', { name: en['screening.askFirst.confirm'] }));
    pressContinue();
    await screen.findByRole('heading', { level: 1, name: en['agreement.title'] });
    await waitFor(async () =>
      expect((await store.getProfile())?.professionalConfirmedOn).toBe('2026-11-21'),
    );

    // Two days later the check is the usual one: all No goes straight on.
    clock.now = new Date(2026, 10, 23, 10, 0);
    await goHome();
    await begin();
    await screen.findByRole('heading', { level: 1, name: en['screening.preSession.title'] });
    answerRest('No');
    pressContinue();
    await screen.findByRole('heading', { level: 1, name: en['agreement.title'] });
  });

  it('a session that ended on an urgent sign keeps the day, and the check after it is refused', async () => {
    const record = {
      ...exampleRecord('s1', '2026-11-20T09:00:00.000Z'),
      stops: [{ atMs: 4000, trigger: 'stop' as const, reason: 'urgentSign' as const }],
      redFlags: ['urgentSign' as const],
      end: 'urgent' as const,
    };
    const { store } = appAt(new Date(2026, 10, 20, 10, 0), {
      profile: { ...returning.profile, lastFullScreeningOn: '2026-11-20' },
      active: { snapshot: {}, record },
    });
    fireEvent.click(await screen.findByRole('button', { name: en['recovery.released'] }));
    await waitFor(async () => expect((await store.getProfile())?.lastUrgentOn).toBe('2026-11-20'));
    // The summary is left only by answering it.
    const painAfter = await screen.findByRole('group', { name: en['summary.pain.legend'] });
    fireEvent.click(within(painAfter).getByRole('radio', { name: '2' }));
    pressContinue();
    await expectHomeBarred('urgentToday');
  });
});

describe('recovery after the app closed on an unanswered stop', () => {
  const interrupted = {
    ...exampleRecord('s1', '2026-11-20T09:00:00.000Z'),
    stops: [{ atMs: 4000, trigger: 'pain' as const, reason: null }],
    end: 'interrupted' as const,
  };

  async function recoverAt(now: Date) {
    const store = new MemorySessionStore();
    // As the app left it: the session still in progress on the device.
    await store.saveActive({}, interrupted);
    render(
      <App
        services={services(
          () =>
            Promise.resolve({
              profile: { ...initialProfile(), welcomedOn: '2026-11-01' },
              active: { snapshot: {}, record: interrupted },
            }),
          { openStore: () => Promise.resolve({ store, warning: null }), wallNow: () => now },
        )}
      />,
    );
    return store;
  }

  it('asks why after the release; an urgent sign gets urgent advice, is kept at once, and bars today', async () => {
    const store = await recoverAt(new Date(2026, 10, 20, 10, 0));
    const released = await screen.findByRole('button', { name: en['recovery.released'] });
    // Recovery has kept the interrupted record (and, with its stop unexplained, the session open).
    await waitFor(async () => expect((await store.getSession('s1'))?.end).toBe('interrupted'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    fireEvent.click(released);
    await screen.findByRole('heading', { level: 1, name: en['live.recoveredStop.title'] });
    // No way out of the question in the header; closed now, the app would reopen on recovery.
    expect(screen.queryByRole('button', { name: en['nav.home'] })).toBeNull();
    expect((await store.getActive())?.record.id).toBe('s1');
    fireEvent.click(screen.getByRole('radio', { name: en['live.stopReason.urgentSign'] }));
    pressContinue();

    const advice = await screen.findByRole('alert');
    expect(advice.textContent).toContain(en['live.end.urgentTitle']);
    // Kept before Continue: closing the app on the advice loses none of it.
    await waitFor(async () => {
      expect((await store.getSession('s1'))?.redFlags).toEqual(['urgentSign']);
      expect(await store.getActive()).toBeUndefined();
      const profile = await store.getProfile();
      expect(profile?.lastRedFlags).toEqual(['urgentSign']);
      expect(profile?.lastUrgentOn).toBe('2026-11-20');
    });
    pressContinue();
    await screen.findByRole('heading', { level: 1, name: en['summary.title'] });
  });

  it('a reason that is no warning sign is kept and goes straight on to the summary', async () => {
    const store = await recoverAt(new Date(2026, 10, 20, 10, 0));
    const released = await screen.findByRole('button', { name: en['recovery.released'] });
    const recoveryEntry = currentEntry().index;
    fireEvent.click(released);
    await screen.findByRole('heading', { level: 1, name: en['live.recoveredStop.title'] });
    fireEvent.click(screen.getByRole('radio', { name: en['live.stopReason.wantedToStop'] }));
    pressContinue();
    await screen.findByRole('heading', { level: 1, name: en['summary.title'] });
    // Only Continue leaves the summary: a way home would drop the pain after and the note.
    expect(screen.queryByRole('button', { name: en['nav.home'] })).toBeNull();
    // Nor does the system Back: the page moves forward onto the summary's entry again.
    await act(async () => {
      await browserMove(-1);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    await screen.findByRole('heading', { level: 1, name: en['summary.title'] });
    // The summary has an entry of its own above the recovery's, so that Back has one to stay on.
    expect(currentEntry()).toMatchObject({ index: recoveryEntry + 1, screen: { name: 'summary' } });
    await waitFor(async () => expect(await store.getActive()).toBeUndefined());
    const kept = await store.getSession('s1');
    expect(kept?.stops.at(-1)?.reason).toBe('wantedToStop');
    expect(kept?.redFlags).toEqual([]);
  });

  it('a stop for discomfort keeps where it was felt on the stopped pull', async () => {
    const store = await recoverAt(new Date(2026, 10, 20, 10, 0));
    fireEvent.click(await screen.findByRole('button', { name: en['recovery.released'] }));
    await screen.findByRole('heading', { level: 1, name: en['live.recoveredStop.title'] });
    fireEvent.click(screen.getByRole('radio', { name: en['live.stopReason.discomfort'] }));
    const where = screen.getByRole('group', { name: en['live.discomfort.legend'] });
    fireEvent.click(within(where).getByRole('checkbox', { name: en['live.discomfort.knees'] }));
    pressContinue();
    await screen.findByRole('heading', { level: 1, name: en['summary.title'] });
    await waitFor(async () => expect(await store.getActive()).toBeUndefined());
    const kept = await store.getSession('s1');
    expect(kept?.stops.at(-1)?.reason).toBe('discomfort');
    expect(kept?.pulls.at(-1)?.discomfort).toEqual(['knees']);
  });
});

describe('when storage cannot be opened', () => {
  /** Home → check → agreement → set-up → technique: the screens before the live one. */
  async function walkToLiveSession(): Promise<void> {
    fireEvent.click(await screen.findByRole('button', { name: 'Begin a session' }));
    await screen.findByRole('heading', { level: 1, name: 'Anything changed?' });
    answerRest('No');
    pressContinue();
    fireEvent.click(await screen.findByRole('radio', { name: 'A raised hand' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Receiver: I will use this signal' }));
    fireEvent.click(
      screen.getByRole('checkbox', {
        name: 'Partner: I will release slowly the moment I hear or see it',
      }),
    );
    const baseline = screen.getByRole('group', { name: en['agreement.baseline.legend'] });
    fireEvent.click(within(baseline).getByRole('radio', { name: '2' }));
    pressContinue();
    for (const name of [
      en['setup.surface.label'],
      en['setup.room.label'],
      en['setup.receiver.label'],
      en['setup.partner.label'],
    ]) {
      fireEvent.click(await screen.findByRole('checkbox', { name }));
    }
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Play the audio check' }));
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'We both heard it' }));
    pressContinue();
    fireEvent.click(await screen.findByRole('radio', { name: 'Ankle hold' }));
    pressContinue();
  }

  /** Taps Start session until the session runs: a tap before the screen's effects ran does nothing. */
  async function startSession(): Promise<void> {
    const startButton = () => screen.queryByRole('button', { name: 'Start session' });
    await screen.findByRole('button', { name: 'Start session' });
    await waitFor(() => {
      const start = startButton();
      if (start) fireEvent.click(start);
      expect(startButton()).toBeNull();
    });
    expect(await screen.findByRole('button', { name: 'Stop' })).toBeTruthy();
  }

  const stored: StartupData = {
    profile: { ...initialProfile(), welcomedOn: '2026-11-01', lastFullScreeningOn: '2026-11-20' },
    active: undefined,
  };

  it('a session a short check lets through keeps the ask-first full screening it ran under', async () => {
    const store = new MemorySessionStore();
    const askedFirst: StartupData = {
      profile: {
        ...initialProfile(),
        welcomedOn: '2026-11-01',
        lastFullScreeningOn: '2026-11-20',
        lastFullScreeningOutcome: 'askFirst',
        professionalConfirmedOn: '2026-11-10',
      },
      active: undefined,
    };
    const app = services(() => Promise.resolve(askedFirst), {
      openStore: () => Promise.resolve({ store, warning: null }),
    });
    app.settingsStore.save({ ...app.settingsStore.load().settings, voiceOn: false });
    render(<App services={app} />);
    await walkToLiveSession();
    await startSession();
    await waitFor(async () =>
      expect((await store.getActive())?.record.screening).toEqual({
        outcome: 'askFirst',
        professionalConfirmedOn: '2026-11-10',
      }),
    );
  });

  it('ready to start is no dead end: Not now goes home, and once started there is no way out', async () => {
    const app = services(() => Promise.resolve(stored));
    app.settingsStore.save({ ...app.settingsStore.load().settings, voiceOn: false });
    render(<App services={app} />);
    await walkToLiveSession();
    await screen.findByRole('heading', { level: 1, name: en['live.recap.title'] });
    fireEvent.click(screen.getByRole('button', { name: en['live.recap.notNow'] }));
    await screen.findByRole('heading', { level: 1, name: en['home.title'] });

    await walkToLiveSession();
    await startSession();
    expect(screen.queryByRole('button', { name: en['live.recap.notNow'] })).toBeNull();
    expect(screen.queryByRole('button', { name: en['nav.home'] })).toBeNull();
  });

  it('a failing open still lets a session start, kept in memory, and says so', async () => {
    let opens = 0;
    const openStore = () => {
      opens += 1;
      return Promise.reject(new StorageError('blocked', STORAGE_MESSAGES.blocked));
    };
    const app = services(() => Promise.resolve(stored), { openStore });
    app.settingsStore.save({ ...app.settingsStore.load().settings, voiceOn: false });
    render(<App services={app} />);
    // Live regions already in the page before anything is known about storage.
    const regions = screen.getAllByRole('status');
    await walkToLiveSession();

    await startSession();
    const banner = screen.getByText(en['storage.title']).closest('.storage-banner');
    expect(banner?.textContent).toContain(en['storage.message.blocked']);
    expect(banner?.textContent).toContain(en['storage.message.inMemory']);
    expect(opens).toBe(1);
    // Its arrival is announced: the banner came into one of those same, still present regions.
    expect(banner?.getAttribute('role')).toBe('status');
    expect(regions).toContain(banner);
    expect(banner?.isConnected).toBe(true);
  });

  it('an in-memory fallback the storage layer chose is shown the same way', async () => {
    const warning = new StorageError(
      'blocked',
      `${STORAGE_MESSAGES.blocked} ${STORAGE_MESSAGES.inMemory}`,
    );
    const openStore = () => Promise.resolve({ store: new MemorySessionStore(), warning });
    const app = services(() => Promise.resolve(stored), { openStore });
    app.settingsStore.save({ ...app.settingsStore.load().settings, voiceOn: false });
    render(<App services={app} />);
    await walkToLiveSession();
    await startSession();
    expect(screen.getByText(en['storage.title'])).toBeTruthy();
    expect(screen.getByText(warning.message)).toBeTruthy();
  });
});

describe('settings that were reset at start', () => {
  const RESET =
    'Some saved settings could not be read and are back to their defaults. Check them in Settings.';

  it('says so on Home and in Settings, as a reset rather than a failed save', async () => {
    const settingsStore: SettingsStore = {
      load: () => ({ settings: defaultSettings(), problems: [RESET] }),
      save: () => ({ ok: true }),
    };
    const returning = { profile: { ...initialProfile(), welcomedOn: '2026-11-01' } };
    render(
      <App
        services={services(() => Promise.resolve({ ...returning, active: undefined }), {
          settingsStore,
        })}
      />,
    );
    await screen.findByRole('heading', { level: 1, name: en['home.title'] });
    expect(screen.getByText(en['storage.settingsResetTitle'])).toBeTruthy();
    expect(screen.getByText(en['storage.message.settingsReset'])).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: en['home.settings'] }));
    await screen.findByRole('heading', { level: 1, name: en['settings.title'] });
    expect(screen.getByText(en['storage.settingsResetTitle'])).toBeTruthy();
    expect(screen.queryByText(en['settings.saveProblem'])).toBeNull();
  });
});

describe('the stop agreed last time', () => {
  it('after a restart, the agreement offers the stop word and signal again; both confirm and the pain is asked afresh', async () => {
    const kept: StartupData = {
      profile: {
        ...initialProfile(),
        welcomedOn: '2026-11-01',
        lastFullScreeningOn: '2026-11-20',
        stopSignal: { word: 'Enough', physical: 'A squeeze of the hand' },
      },
      active: undefined,
    };
    render(<App services={services(() => Promise.resolve(kept))} />);
    fireEvent.click(await screen.findByRole('button', { name: en['home.begin'] }));
    await screen.findByRole('heading', { level: 1, name: en['screening.preSession.title'] });
    answerRest('No');
    pressContinue();
    await screen.findByRole('heading', { level: 1, name: en['agreement.title'] });

    const word = screen.getByRole('textbox', { name: en['agreement.stopWord.label'] });
    expect((word as HTMLInputElement).value).toBe('Enough');
    const other = screen.getByRole('radio', { name: en['agreement.signal.other'] });
    expect((other as HTMLInputElement).checked).toBe(true);
    const described = screen.getByRole('textbox', { name: en['agreement.signal.otherLabel'] });
    expect((described as HTMLInputElement).value).toBe('A squeeze of the hand');
    for (const name of [en['agreement.confirm.receiver'], en['agreement.confirm.partner']]) {
      expect((screen.getByRole('checkbox', { name }) as HTMLInputElement).checked).toBe(false);
    }
    const baseline = screen.getByRole('group', { name: en['agreement.baseline.legend'] });
    expect(within(baseline).queryAllByRole('radio', { checked: true })).toHaveLength(0);
  });
});

describe('after Delete all', () => {
  it('a new user is welcomed again, as on a first visit', async () => {
    const store = new MemorySessionStore();
    const returning = { ...initialProfile(), welcomedOn: '2026-11-01' };
    await store.saveProfile(returning);
    render(
      <App
        services={services(() => Promise.resolve({ profile: returning, active: undefined }), {
          openStore: () => Promise.resolve({ store, warning: null }),
        })}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: en['home.history'] }));
    fireEvent.click(await screen.findByRole('button', { name: en['history.delete.start'] }));
    fireEvent.click(screen.getByRole('checkbox', { name: en['history.delete.confirm'] }));
    fireEvent.click(screen.getByRole('button', { name: en['history.delete.go'] }));
    await waitFor(async () => expect(await store.getProfile()).toBeUndefined());
    fireEvent.click(screen.getByRole('button', { name: en['button.back'] }));
    await screen.findByRole('heading', { level: 1, name: en['welcome.title'] });
    expect(screen.queryByRole('button', { name: en['home.begin'] })).toBeNull();
  });
});

describe('the system Back', () => {
  const pressBack = () => act(() => browserMove(-1));
  const heading = (name: string) => screen.findByRole('heading', { level: 1, name });
  const profile = {
    ...initialProfile(),
    welcomedOn: '2026-11-01',
    lastFullScreeningOn: '2026-11-20',
  };
  const returning: StartupData = { profile, active: undefined };
  // Each test starts on the app's first entry, as the app itself does after a reload.
  beforeEach(() => returnToBase());

  it('comes Home from Settings and from History, and Home is the first entry', async () => {
    const store = new MemorySessionStore();
    await store.saveProfile(profile);
    render(
      <App
        services={services(() => Promise.resolve(returning), {
          openStore: () => Promise.resolve({ store, warning: null }),
        })}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: en['home.settings'] }));
    await heading(en['settings.title']);
    await pressBack();
    await heading(en['home.title']);
    fireEvent.click(await screen.findByRole('button', { name: en['home.history'] }));
    await heading(en['history.title']);
    await pressBack();
    await heading(en['home.title']);
    expect(window.history.state?.index ?? 0).toBe(0);
  });

  it('walks the set-up back a step at a time, with the stop word kept, and never forward', async () => {
    render(<App services={services(() => Promise.resolve(returning))} />);
    fireEvent.click(await screen.findByRole('button', { name: en['home.begin'] }));
    await heading(en['screening.preSession.title']);
    answerRest('No');
    pressContinue();
    await heading(en['agreement.title']);
    const word = screen.getByRole('textbox', { name: en['agreement.stopWord.label'] });
    fireEvent.input(word, { target: { value: 'Enough' } });
    fireEvent.click(screen.getByRole('radio', { name: 'A raised hand' }));
    fireEvent.click(screen.getByRole('checkbox', { name: en['agreement.confirm.receiver'] }));
    fireEvent.click(screen.getByRole('checkbox', { name: en['agreement.confirm.partner'] }));
    const baseline = screen.getByRole('group', { name: en['agreement.baseline.legend'] });
    fireEvent.click(within(baseline).getByRole('radio', { name: '2' }));
    pressContinue();
    await heading(en['setup.title']);

    await pressBack();
    await heading(en['agreement.title']);
    const kept = screen.getByRole('textbox', { name: en['agreement.stopWord.label'] });
    expect((kept as HTMLInputElement).value).toBe('Enough');
    // Forward is not a way past a step: the page comes back to the one shown.
    await act(async () => {
      window.history.forward();
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    await heading(en['agreement.title']);
    await pressBack();
    await heading(en['screening.preSession.title']);
    await pressBack();
    await heading(en['home.title']);
  });
});
