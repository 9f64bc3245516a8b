// @vitest-environment jsdom
// The live session as the two people meet it: start, ramp, hold, stop, pause, rate, end.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionRecord } from '../../../domain/record/sessionRecord';
import { ownMovesLanded } from '../../../platform/appHistory';
import { GUARDS, guardDepth } from '../../../platform/backGuard';
import { browserMove, popAfter } from '../../../platform/historyTesting';
import { MemorySessionStore, StorageError } from '../../../platform/storage';
import { renderLive, settle } from './testing';

afterEach(cleanup);
// A session an earlier test left goes back off its guards a little after its unmount; each test
// starts once it has.
beforeEach(async () => {
  await vi.waitFor(() => expect(guardDepth()).toBe(0));
  await ownMovesLanded();
});

describe('LiveSession: before the first pull', () => {
  it('recaps the technique, plan and agreed stop, and Start session unlocks sound', () => {
    const { receiver, live, speech, tones } = renderLive({ plan: { holdSeconds: 15 } });
    expect(screen.getByRole('heading', { level: 1, name: 'Ready to start' })).toBeTruthy();
    expect(screen.getByText('Ankle hold')).toBeTruthy();
    expect(screen.getByText(/Holds of 15 seconds/)).toBeTruthy();
    expect(
      screen.getByText(/Say “Halt” or give the signal: Two taps on the partner’s arm/),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Stop' })).toBeNull();
    expect(live.status()).toBe('');

    receiver.startSession();

    expect(speech.unlocked).toBe(true);
    expect(tones.unlocked).toBe(true);
    expect(live.status()).toMatch(/^Get ready/);
    expect(live.caption()).toContain('Get ready. Partner, take your grip');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Stop' }));
  });
});

describe('LiveSession: the screening gate', () => {
  it('never starts a pull when screening forbids it, whatever is pressed', () => {
    const { receiver, live, clock } = renderLive({ mayStart: false });
    receiver.startSession();
    clock.advance(60_000);
    expect(live.status()).toBe('');
    expect(screen.queryByRole('button', { name: 'Gentle pull — hold here' })).toBeNull();
  });
});

describe('LiveSession: before the start', () => {
  it('rehearses in memory only: nothing is said, sounded, saved or started', async () => {
    const { live, clock, speech, tones, store, wakeLock } = renderLive();
    clock.advance(60_000);
    await settle();
    expect(screen.getByRole('button', { name: 'Start session' })).toBeTruthy();
    expect(live.status()).toBe('');
    expect(speech.utterances).toEqual([]);
    expect(tones.played).toEqual([]);
    expect(wakeLock.isHeld()).toBe(false);
    expect(await store.getActive()).toBeUndefined();
  });
});

describe('LiveSession: a pull', () => {
  it('goes Get ready → Ramp → Hold on "Gentle pull — hold here", counting down', () => {
    const { receiver, live, clock } = renderLive();
    receiver.startSession();
    expect(live.countdown()).toBe('5');
    clock.advance(5000);
    expect(live.status()).toMatch(/^Ramp/);
    expect(live.caption()).toContain('Lean back slowly.');
    receiver.confirm();
    expect(live.status()).toMatch(/^Hold/);
    expect(screen.queryByRole('button', { name: 'Gentle pull — hold here' })).toBeNull();
    expect(live.countdown()).toBe('10');
    clock.advance(3250);
    expect(live.countdown()).toBe('7');
    // Milestones only: the seconds never go into the live region.
    expect(live.status()).not.toMatch(/\d/);
    expect(screen.getByText('Pull 1 of about 6')).toBeTruthy();
  });

  it('ticks the countdown and the time left down together, once a second', () => {
    const { receiver, live, clock } = renderLive({ plan: { holdSeconds: 20, holdMaxSeconds: 20 } });
    receiver.startSession();
    clock.advance(5000);
    clock.advance(1500);
    receiver.confirm();
    const timeLeft = () => {
      const text = screen.getByText(/left in the session$/).textContent ?? '';
      const [minutes, seconds] = (text.match(/^(\d+):(\d\d)/) ?? []).slice(1).map(Number);
      return (minutes ?? Number.NaN) * 60 + (seconds ?? Number.NaN);
    };
    expect(live.countdown()).toBe('20');
    const startLeft = timeLeft();
    // Mid-hold, well before the last three seconds' beeps: the display keeps its own time.
    for (let second = 1; second <= 12; second++) {
      clock.advance(999);
      expect(live.countdown()).toBe(String(21 - second));
      clock.advance(1);
      expect(live.countdown()).toBe(String(20 - second));
      expect(timeLeft()).toBe(startLeft - second);
    }
  });

  // That Stop is the largest is a matter of layout, measured in the browser (e2e/live.spec.ts).
  it('keeps Stop, Pause, Ease off and Pain on screen, Stop last', () => {
    const { receiver, live, clock } = renderLive();
    receiver.startSession();
    clock.advance(5000);
    const names = live
      .controls()
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual(['Pause', 'Ease off', 'Pain', 'Stop']);
    expect(screen.getByText(/say “Halt”, or signal: Two taps/)).toBeTruthy();
  });

  it('Stop during Hold releases slowly on the first touch, then asks why', async () => {
    const { receiver, live, clock, speech, store } = renderLive();
    receiver.startSession();
    clock.advance(5000);
    receiver.confirm();
    clock.advance(4000);

    fireEvent.pointerDown(screen.getByRole('button', { name: 'Stop' }), { pointerType: 'touch' });

    expect(live.status()).toMatch(/^Release/);
    expect(live.caption()).toContain('Stop — release slowly.');
    expect(speech.speaking()?.text).toBe('Stop — release slowly.');
    expect(screen.queryByRole('heading', { name: 'Why did you stop?' })).toBeNull();
    clock.advance(5000);
    expect(live.status()).toMatch(/^Stopped/);
    expect(screen.getByRole('heading', { name: 'Why did you stop?' })).toBeTruthy();
    await settle();
    const active = await store.getActive();
    expect(active?.record.stops).toHaveLength(1);
  });

  it('a touch on Stop sends one stop, not a second one for the click that follows', async () => {
    const { receiver, clock, store } = renderLive();
    receiver.startSession();
    clock.advance(5000);
    receiver.confirm();
    receiver.stop();
    clock.advance(5000);
    await settle();
    const pull = (await store.getActive())?.record.pulls[0];
    expect(pull?.events.filter((e) => e.type === 'stop')).toHaveLength(1);
  });

  it('Pain releases slowly and leads to the stop check', () => {
    const { receiver, live, clock } = renderLive();
    receiver.startSession();
    clock.advance(5000);
    receiver.confirm();
    receiver.pain();
    expect(live.status()).toMatch(/^Release/);
    expect(live.caption()).toContain('Stop — release slowly.');
    clock.advance(5000);
    expect(live.status()).toMatch(/^Stopped/);
  });

  it('Ease off during the ramp begins the hold there', () => {
    const { receiver, live, clock } = renderLive();
    receiver.startSession();
    clock.advance(5000);
    receiver.press('Ease off');
    expect(live.status()).toMatch(/^Hold/);
    expect(live.caption()).toContain('Ease off a little');
  });
});

describe('LiveSession: keyboard', () => {
  it.each([
    ['Space', ' '],
    ['Escape', 'Escape'],
  ] as const)('%s stops the session from anywhere', (_name, key) => {
    const { receiver, live, clock } = renderLive();
    receiver.startSession();
    clock.advance(5000);
    receiver.confirm();
    receiver.pressKey(key);
    expect(live.status()).toMatch(/^Release/);
    expect(live.caption()).toContain('Stop — release slowly.');
    clock.advance(5000);
    expect(live.status()).toMatch(/^Stopped/);
  });

  it('Space on a focused button is Stop, not that button', () => {
    const { receiver, live, clock } = renderLive();
    receiver.startSession();
    clock.advance(5000);
    receiver.confirm();
    const pause = screen.getByRole('button', { name: 'Pause' });
    pause.focus();
    receiver.pressKey(' ', pause);
    clock.advance(5000);
    expect(live.status()).toMatch(/^Stopped/);
  });

  it('in the rest, Space on a rating is Stop: the arrow keys choose a rating', () => {
    const { receiver, live, waitForPhase } = renderLive();
    receiver.startSession();
    waitForPhase('Ramp');
    receiver.confirm();
    waitForPhase('Rest');
    const rating = screen.getByRole('radio', { name: 'Just right' });
    rating.focus();
    receiver.pressKey(' ', rating);
    expect(live.status()).toMatch(/^Stopped/);
    expect(screen.getByRole('heading', { name: 'Why did you stop?' })).toBeTruthy();
  });

  it('in the rest, Space is left to a place of discomfort and Escape there is Stop', () => {
    const { receiver, live, waitForPhase } = renderLive();
    receiver.startSession();
    waitForPhase('Ramp');
    receiver.confirm();
    waitForPhase('Rest');
    const place = screen.getByRole('checkbox', { name: 'Knees' });
    place.focus();
    receiver.pressKey(' ', place);
    expect(live.status()).toMatch(/^Rest/);
    receiver.pressKey('Escape', place);
    expect(live.status()).toMatch(/^Stopped/);
  });

  it('Space and Escape are left alone before the start', () => {
    const { receiver, live } = renderLive();
    receiver.pressKey('Escape');
    receiver.pressKey(' ');
    expect(live.status()).toBe('');
  });
});

describe('LiveSession: the system Back', () => {
  const pressBack = () => act(() => browserMove(-1));
  const guarded = () => guardDepth() > 0;

  it('Back during a hold is Stop, and the app stays open for the next Back', async () => {
    const { receiver, live, clock, store } = renderLive();
    receiver.startSession();
    clock.advance(5000);
    receiver.confirm();
    expect(guarded()).toBe(true);
    await pressBack();
    expect(live.status()).toMatch(/^Release/);
    expect(live.caption()).toContain('Stop — release slowly.');
    expect(guarded()).toBe(true);
    // A second Back in the release is answered with the cue again, like a second Stop.
    await pressBack();
    expect(live.status()).toMatch(/^Release/);
    clock.advance(5000);
    expect(live.status()).toMatch(/^Stopped/);
    await settle();
    expect((await store.getActive())?.record.stops).toHaveLength(1);
  });

  it('Backs in a row with no tap between stay in the app, and a tap lays the guards again', async () => {
    const { receiver, live, clock } = renderLive();
    receiver.startSession();
    clock.advance(5000);
    receiver.confirm();
    for (let press = 0; press < GUARDS; press++) await pressBack();
    expect(live.status()).toMatch(/^Release/);
    // Nothing laid with no tap since the Back: Chrome would then pass over every entry of the page.
    expect(guardDepth()).toBe(0);
    // Escape is a Stop but no tap in the browser's eyes, nor is a modifier key on its own.
    receiver.pressKey('Escape');
    for (const key of ['Shift', 'Control', 'Alt', 'Meta', 'CapsLock']) {
      fireEvent.keyDown(document.body, { key });
    }
    expect(guardDepth()).toBe(0);
    // A key that is one lays them, as a tap does.
    fireEvent.keyDown(document.body, { key: 'Tab' });
    expect(guardDepth()).toBe(GUARDS);
    await pressBack();
    // Any tap gives the page the right to lay guards Back will not pass over.
    fireEvent.click(document.body);
    expect(guardDepth()).toBe(GUARDS);
  });

  it('before the start, Back is left to the browser', () => {
    const pushState = vi.spyOn(window.history, 'pushState');
    renderLive();
    expect(pushState).not.toHaveBeenCalled();
    pushState.mockRestore();
  });

  it('once the session has ended, the page steps back off its guards', async () => {
    const { receiver, clock, live } = renderLive();
    receiver.startSession();
    clock.advance(5000);
    receiver.confirm();
    receiver.stop();
    clock.advance(5000);
    receiver.stoppedBecause('Just wanted to stop');
    expect(guarded()).toBe(true);
    const popped = popAfter(() => receiver.endSession());
    expect(live.status()).toMatch(/^Done/);
    // The guard is taken away: the page goes back off it itself.
    await act(async () => {
      await popped;
    });
    expect(guarded()).toBe(false);
  });
});

describe('LiveSession: pause', () => {
  it('Pause releases slowly, then pauses; Resume begins a new pull', () => {
    const { receiver, live, clock } = renderLive();
    receiver.startSession();
    clock.advance(5000);
    receiver.confirm();
    receiver.press('Pause');
    expect(live.status()).toMatch(/^Release/);
    expect(live.caption()).toContain('Pausing — release slowly.');
    clock.advance(5000);
    expect(live.status()).toMatch(/^Paused/);
    expect(live.countdown()).toBeNull();
    receiver.press('Resume');
    expect(live.status()).toMatch(/^Get ready/);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
  });

  it('Ease off is shown but inactive where it would do nothing', () => {
    const { receiver, live } = renderLive();
    receiver.startSession();
    const easeOff = screen.getByRole('button', { name: 'Ease off' });
    expect(easeOff.getAttribute('aria-disabled')).toBe('true');
    receiver.press('Ease off');
    expect(live.status()).toMatch(/^Get ready/);
  });
});

describe('LiveSession: rest and rating', () => {
  it('offers exactly the four ratings and says what changes next', () => {
    const { receiver, live, toFirstRest } = renderLive();
    toFirstRest();
    expect(live.status()).toMatch(/^Rest/);
    const group = screen.getByRole('group', { name: 'Receiver: how did it feel?' });
    const labels = within(group)
      .getAllByRole('radio')
      .map((r) => (r as HTMLInputElement).labels?.[0]?.textContent);
    expect(labels).toEqual(['Too gentle', 'Just right', 'Too strong', 'Painful']);
    expect(screen.getAllByRole('checkbox')).toHaveLength(5);

    receiver.rate('Too strong', ['Knees']);

    expect(screen.getByRole('heading', { name: 'Next pull' })).toBeTruthy();
    expect(screen.getByText(/Lean back a little less\. Hold for 10 seconds\./)).toBeTruthy();
    expect(screen.getByText(/Consider the pelvic belt/)).toBeTruthy();
    expect(live.caption()).toContain('Next pull: lean back a little less.');
  });

  it('after an ease-off, Just right keeps the next pull to the eased-off one', () => {
    const { receiver, live, clock } = renderLive({ plan: { holdSeconds: 15 } });
    receiver.startSession();
    clock.advance(5000);
    receiver.confirm();
    clock.advance(5000);
    receiver.press('Ease off');
    clock.advance(15_000);
    expect(live.status()).toMatch(/^Rest/);

    receiver.rate('Just right');

    expect(
      screen.getByText(/Only as far as after easing off\. Hold for 15 seconds\./),
    ).toBeTruthy();
    expect(live.caption()).toContain('Next pull: only as far as after easing off.');
  });

  it('asks for a rating before it moves on', () => {
    const { live, toFirstRest } = renderLive();
    toFirstRest();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByText('Choose how the pull felt.')).toBeTruthy();
    expect(live.status()).toMatch(/^Rest/);
  });

  it('a rating ticked and left without Continue counts when the rest ends: Painful, the stop check', () => {
    const { live, clock, toFirstRest } = renderLive();
    toFirstRest();
    expect(live.status()).toMatch(/^Rest/);
    fireEvent.click(screen.getByRole('radio', { name: 'Painful' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Hips' }));
    // Still the rest until its time is up: the receiver may change the answer.
    expect(live.status()).toMatch(/^Rest/);
    clock.advance(25_000);
    expect(live.status()).toMatch(/^Stopped/);
    expect(screen.getByRole('heading', { name: 'Why did you stop?' })).toBeTruthy();
  });

  it('Too strong ticked and left without Continue: the next pull is gentler, and the partner told', () => {
    const { live, clock, toFirstRest } = renderLive();
    toFirstRest();
    fireEvent.click(screen.getByRole('radio', { name: 'Too strong' }));
    clock.advance(20_000);
    expect(live.status()).toMatch(/^Get ready/);
    expect(live.caption()).toContain('Next pull: lean back a little less.');
  });

  it('Painful goes to the stop check', () => {
    const { receiver, live, toFirstRest } = renderLive();
    toFirstRest();
    receiver.rate('Painful');
    expect(live.status()).toMatch(/^Stopped/);
    expect(screen.getByRole('heading', { name: 'Why did you stop?' })).toBeTruthy();
  });
});

describe('LiveSession: after a stop', () => {
  function stopDuringHold() {
    const session = renderLive();
    session.receiver.startSession();
    session.clock.advance(5000);
    session.receiver.confirm();
    session.receiver.stop();
    session.clock.advance(5000);
    return session;
  }

  it('discomfort: carry on with a gentler pull', () => {
    const { receiver, live } = stopDuringHold();
    receiver.stoppedBecause('It was uncomfortable');
    expect(live.status()).toMatch(/^Stopped/);
    expect(screen.getByText('The next pull will be gentler.')).toBeTruthy();
    receiver.carryOn();
    expect(live.status()).toMatch(/^Get ready/);
  });

  it('asks for a reason before it moves on', () => {
    const { live } = stopDuringHold();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByText('Choose why you stopped.')).toBeTruthy();
    expect(live.status()).toMatch(/^Stopped — why/);
  });

  it('a red flag ends the session with advice to get professional advice', async () => {
    const { receiver, live, store, onFinished } = stopDuringHold();
    receiver.stoppedBecause('New numbness, tingling or weakness');
    expect(live.status()).toMatch(/^Stopped — the session has ended/);
    expect(
      screen.getByText('Stop for today. Get professional advice before the next session.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Stop' })).toBeNull();
    await settle();
    const saved = await store.listSessions();
    expect(saved[0]?.end).toBe('redFlag');
    expect(saved[0]?.redFlags).toEqual(['numbness']);
    receiver.continue();
    expect(onFinished).toHaveBeenCalledTimes(1);
  });

  it('an urgent sign says to seek urgent medical care now', () => {
    const { receiver } = stopDuringHold();
    receiver.stoppedBecause(/^Numbness around the genitals/);
    expect(screen.getByText('Seek urgent medical care now')).toBeTruthy();
  });

  it('End the session finishes it', () => {
    const { receiver, live } = stopDuringHold();
    receiver.stoppedBecause('Just wanted to stop');
    receiver.endSession();
    expect(live.status()).toMatch(/^Done/);
    expect(screen.getByRole('heading', { name: 'Session ended' })).toBeTruthy();
  });
});

describe('LiveSession: a whole session', () => {
  it('runs to Done, saves the record with every pull, and hands it on after Continue', async () => {
    const store = new MemorySessionStore();
    const { receiver, clock, onFinished, waitForPhase } = renderLive({ store });
    receiver.startSession();
    let pulls = 0;
    for (;;) {
      if (waitForPhase('Ramp', 'Done') === 'Done') break;
      clock.advance(2000);
      receiver.confirm();
      pulls++;
      if (waitForPhase('Rest', 'Done') === 'Done') break;
      receiver.rate('Just right');
    }
    expect(pulls).toBeGreaterThan(2);
    expect(screen.getByRole('heading', { name: 'Session complete' })).toBeTruthy();
    await settle();
    const saved = await store.listSessions();
    expect(saved).toHaveLength(1);
    expect(saved[0]?.totals.pulls).toBe(pulls);
    expect(saved[0]?.end).toBe('completed');
    expect(saved[0]?.painBefore).toBe(4);
    expect(saved[0]?.stopSignal).toEqual({ word: 'Halt', physical: 'twoTaps' });
    expect(await store.getActive()).toBeUndefined();
    expect(onFinished).not.toHaveBeenCalled();

    receiver.continue();

    expect(onFinished).toHaveBeenCalledTimes(1);
    const record = onFinished.mock.calls[0]?.[0] as SessionRecord;
    expect(record.id).toBe(saved[0]?.id);
    expect(record.pulls.every((p) => p.rating === 'justRight')).toBe(true);
  });
});

describe('LiveSession: saving as it goes', () => {
  it('keeps the session in progress at each phase change', async () => {
    const { receiver, clock, store } = renderLive();
    receiver.startSession();
    await settle();
    expect((await store.getActive())?.record.pulls).toHaveLength(0);
    clock.advance(5000);
    receiver.confirm();
    await settle();
    const active = await store.getActive();
    expect(active?.snapshot).toMatchObject({ value: 'hold' });
    expect(active?.record.pulls).toHaveLength(1);
    expect(active?.record.id).toBe('session-1');
  });

  it('keeps how long the hold had run when the app goes out of sight, for a later recovery', async () => {
    const { receiver, clock, store, visibility } = renderLive({ plan: { holdSeconds: 20 } });
    receiver.startSession();
    clock.advance(5000);
    receiver.confirm();
    await settle();
    // Saved as the hold began: nothing yet of its length.
    expect((await store.getActive())?.record.pulls[0]?.holdMs).toBe(0);
    clock.advance(8000);
    await settle();
    expect((await store.getActive())?.record.pulls[0]?.holdMs).toBe(0);
    act(() => visibility.set(false));
    await settle();
    const active = await store.getActive();
    expect(active?.snapshot).toMatchObject({ value: 'hold' });
    expect(active?.record.pulls[0]?.holdMs).toBe(8000);
    expect(active?.record.totals.activeMs).toBeGreaterThanOrEqual(8000);
  });

  it('saves nothing on going out of sight before the session starts', async () => {
    const { store, visibility } = renderLive();
    act(() => visibility.set(false));
    await settle();
    expect(await store.getActive()).toBeUndefined();
  });

  it('saves a Stop in a task after the one that showed it, and keeps the order of saves', async () => {
    const { receiver, live, clock, store } = renderLive();
    const saved: string[] = [];
    const saveActive = store.saveActive.bind(store);
    store.saveActive = (snapshot, record) => {
      saved.push(String((snapshot as { value: unknown }).value));
      return saveActive(snapshot, record);
    };
    receiver.startSession();
    await settle();
    clock.advance(5000);
    await settle();
    saved.length = 0;
    receiver.stop();
    expect(live.status()).toMatch(/^Release/);
    // Every microtask of the press has run: the release is on screen, not yet being saved.
    await Promise.resolve();
    expect(saved).toEqual([]);
    clock.advance(5000);
    await settle();
    expect(saved).toEqual(['release', 'stopCheck']);
    expect((await store.getActive())?.snapshot).toMatchObject({ value: 'stopCheck' });
  });

  it('shows a storage failure and carries on in memory', async () => {
    const store = new MemorySessionStore();
    store.saveActive = () =>
      Promise.reject(new StorageError('quota', 'Storage on this device is full.'));
    const { receiver, live, clock } = renderLive({ store });
    receiver.startSession();
    await settle();
    expect(screen.getByText(/could not save this session on the device/)).toBeTruthy();
    clock.advance(5000);
    expect(live.status()).toMatch(/^Ramp/);
  });
});

describe('LiveSession: when the device lets us down', () => {
  it('says once that voice is not available, and carries on with captions', () => {
    const { receiver, live, clock } = renderLive({ speech: { failWith: 'synthesis-failed' } });
    receiver.startSession();
    clock.advance(5000);
    receiver.confirm();
    clock.advance(12_000);
    const notices = screen.getAllByText('Voice is not available — follow the captions and beeps');
    expect(notices).toHaveLength(1);
    expect(live.caption()).toContain('Release slowly.');
  });

  it('says nothing about voice when the voice is switched off', () => {
    const { receiver, clock } = renderLive({
      settings: { voiceOn: false },
      speech: { failWith: 'synthesis-failed' },
    });
    receiver.startSession();
    clock.advance(6000);
    expect(screen.queryByText(/Voice is not available/)).toBeNull();
  });

  it('warns that the screen may sleep when it cannot be kept awake', async () => {
    const { receiver } = renderLive({ wakeLock: { rejects: true } });
    receiver.startSession();
    await settle();
    expect(screen.getByText(/could not keep the screen on/)).toBeTruthy();
  });

  it('leaving the screen silences the cues and stops the clock', () => {
    const { receiver, clock, view, speech } = renderLive();
    receiver.startSession();
    clock.advance(5000);
    act(() => {
      view.unmount();
    });
    expect(speech.speaking()).toBeNull();
    const spoken = speech.utterances.length;
    clock.advance(60_000);
    expect(speech.utterances).toHaveLength(spoken);
  });
});

describe('LiveSession: focus when the control in use goes away', () => {
  const stopButton = () => screen.getByRole('button', { name: 'Stop' });
  /** A keyboard or screen-reader user: focus on the control, then activate it. */
  function press(name: string) {
    const control = screen.getByRole('button', { name });
    control.focus();
    fireEvent.click(control);
  }

  it('Gentle pull — hold here, gone in the hold, leaves focus on Stop', () => {
    const { receiver, live, clock } = renderLive();
    receiver.startSession();
    clock.advance(5000);
    press('Gentle pull — hold here');
    expect(live.status()).toMatch(/^Hold/);
    expect(document.activeElement).toBe(stopButton());
  });

  it('the rating’s Continue, replaced by the next pull, leaves focus on Stop', () => {
    const { toFirstRest } = renderLive();
    toFirstRest();
    fireEvent.click(screen.getByRole('radio', { name: 'Just right' }));
    press('Continue');
    expect(screen.getByRole('heading', { name: 'Next pull' })).toBeTruthy();
    expect(document.activeElement).toBe(stopButton());
  });

  it('the stop check’s Continue, then Carry on, each leave focus on Stop', () => {
    const { receiver, live, clock } = renderLive();
    receiver.startSession();
    clock.advance(5000);
    receiver.confirm();
    receiver.stop();
    clock.advance(5000);
    fireEvent.click(screen.getByRole('radio', { name: 'It was uncomfortable' }));
    press('Continue');
    expect(screen.getByRole('button', { name: 'Carry on' })).toBeTruthy();
    // The caption asks what the screen asks, no longer "why did you stop?".
    expect(live.caption()).toContain('Carry on, or end the session?');
    expect(live.caption()).not.toContain('Why did you stop?');
    expect(document.activeElement).toBe(stopButton());
    press('Carry on');
    expect(live.status()).toMatch(/^Get ready/);
    expect(document.activeElement).toBe(stopButton());
  });

  it('Space on a rating stops, and focus goes from the vanished rating to Stop', () => {
    const { receiver, toFirstRest } = renderLive();
    toFirstRest();
    const rating = screen.getByRole('radio', { name: 'Too gentle' });
    rating.focus();
    receiver.pressKey(' ', rating);
    expect(screen.getByRole('heading', { name: 'Why did you stop?' })).toBeTruthy();
    expect(document.activeElement).toBe(stopButton());
  });

  it('never takes focus from a control that stays, through every phase change', () => {
    const { receiver, clock, waitForPhase } = renderLive();
    receiver.startSession();
    clock.advance(5000);
    receiver.confirm();
    const pause = screen.getByRole('button', { name: 'Pause' });
    pause.focus();
    waitForPhase('Release');
    waitForPhase('Rest');
    expect(document.activeElement).toBe(pause);
    const knees = screen.getByRole('checkbox', { name: 'Knees' });
    knees.focus();
    clock.advance(3000);
    expect(document.activeElement).toBe(knees);
  });

  it('leaves focus alone when it was on nothing, as after a tap on the page', () => {
    const { receiver, waitForPhase } = renderLive();
    receiver.startSession();
    stopButton().blur();
    waitForPhase('Ramp');
    // A tap does not focus the button it activates.
    receiver.confirm();
    waitForPhase('Release');
    expect(document.activeElement).toBe(document.body);
  });

  it('names the page for the live session once it starts, and for the recap before', () => {
    const { receiver } = renderLive();
    expect(document.title).toBe('Ready to start – Tractus');
    receiver.startSession();
    expect(document.title).toBe('Live session – Tractus');
  });
});
