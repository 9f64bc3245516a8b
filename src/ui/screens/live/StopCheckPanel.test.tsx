// @vitest-environment jsdom
// After a stop: what the receiver sees of the next pull, what the partner hears on Carry on, and a
// Stop pressed while the session asks why or whether to go on (H4: never met with silence).
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderLive } from './testing';

afterEach(cleanup);

const STOP_CUE = 'Stop — release slowly.';
const LESS_CUE = 'Next pull: lean back a little less.';
const GET_READY_CUE = 'Get ready. Partner, take your grip and a stable stance.';
const GENTLER = 'The next pull will be gentler.';

type Session = ReturnType<typeof renderLive>;

/** Starts a session, confirms the first pull and leaves it in its hold. */
function inHold(): Session {
  const session = renderLive();
  session.receiver.startSession();
  session.waitForPhase('Ramp');
  session.receiver.confirm();
  return session;
}

/** Everything spoken from utterance `mark` on, silent ones left out. */
function spokenSince(session: Session, mark: number): string[] {
  return session.speech.utterances
    .slice(mark)
    .map((u) => u.text)
    .filter((text) => text.trim() !== '');
}

const WAYS_TO_STOP_IN_PAIN = {
  'Pain during the hold': (session: Session) => {
    session.receiver.pain();
    session.waitForPhase('Stopped');
  },
  'a Painful rating': (session: Session) => {
    session.waitForPhase('Rest');
    session.receiver.rate('Painful');
  },
};

describe('StopChoicePanel: the next pull after a stop', () => {
  for (const [how, stopInPain] of Object.entries(WAYS_TO_STOP_IN_PAIN)) {
    for (const reason of ['Finished', 'Just wanted to stop']) {
      it(`${how}, then "${reason}": the next pull is gentler, and the partner hears so before Get ready`, () => {
        const session = inHold();
        stopInPain(session);
        session.receiver.stoppedBecause(reason);
        expect(screen.getByText(GENTLER)).toBeTruthy();
        // Whatever was still being said of the stop has been said.
        session.clock.advance(3000);
        const mark = session.speech.utterances.length;
        session.receiver.carryOn();
        session.waitForPhase('Ramp');
        expect(spokenSince(session, mark)).toEqual([LESS_CUE, GET_READY_CUE, 'Lean back slowly.']);
      });
    }
  }

  it('a plain Stop, then "Finished": nothing is said of a gentler pull', () => {
    const session = inHold();
    session.receiver.stop();
    session.waitForPhase('Stopped');
    session.receiver.stoppedBecause('Finished');
    expect(screen.queryByText(GENTLER)).toBeNull();
    session.clock.advance(3000);
    const mark = session.speech.utterances.length;
    session.receiver.carryOn();
    session.waitForPhase('Ramp');
    expect(spokenSince(session, mark)).toEqual([GET_READY_CUE, 'Lean back slowly.']);
  });
});

describe('Stop while the session asks why, or whether to go on', () => {
  const SCREENS = {
    'why did you stop?': () => {},
    'carry on or end?': (session: Session) => session.receiver.stoppedBecause('Finished'),
  };
  const PRESSES = {
    'a touch on Stop': (session: Session) => session.receiver.stop(),
    Space: (session: Session) => session.receiver.pressKey(' '),
    Escape: (session: Session) => session.receiver.pressKey('Escape'),
  };

  for (const [heading, reach] of Object.entries(SCREENS)) {
    for (const [press, act] of Object.entries(PRESSES)) {
      it(`at "${heading}", ${press} is heard at once: "Stop — release slowly", and the question stays`, () => {
        const session = inHold();
        session.receiver.stop();
        session.waitForPhase('Stopped');
        reach(session);
        const stop = screen.getByRole('button', { name: 'Stop' });
        expect(stop.getAttribute('aria-disabled')).toBeNull();
        session.clock.advance(3000);
        const mark = session.speech.utterances.length;
        act(session);
        expect(session.speech.speaking()?.text).toBe(STOP_CUE);
        expect(spokenSince(session, mark)).toEqual([STOP_CUE]);
        expect(session.live.caption()).toContain(STOP_CUE);
        expect(session.live.status()).toMatch(/^Stopped/);
        expect(screen.getByRole('heading', { name: new RegExp(heading, 'i') })).toBeTruthy();
      });
    }
  }
});

describe('StopCheckPanel: the reasons', () => {
  it('lists the urgent signs first and the plainest reasons last', () => {
    const session = inHold();
    session.receiver.stop();
    session.waitForPhase('Stopped');
    const names = screen
      .getAllByRole('radio')
      .map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent);
    expect(names[0]).toMatch(/^Numbness around the genitals/);
    expect(names[1]).toMatch(/^Sharp pain/);
    expect(names.at(-1)).toBe('Finished');
  });
});

describe('StopChoicePanel: a change of position', () => {
  it('after a Painful rating with an uncomfortable place, says what to change before going on', () => {
    const session = inHold();
    session.waitForPhase('Rest');
    session.receiver.rate('Painful', ['Ankles']);
    session.receiver.stoppedBecause('Finished');
    expect(screen.getByText('Before the next pull:')).toBeTruthy();
    expect(screen.getByText('Grip a little higher on the legs, or pad the grip.')).toBeTruthy();
  });

  it('says nothing of position when no place was uncomfortable', () => {
    const session = inHold();
    session.receiver.stop();
    session.waitForPhase('Stopped');
    session.receiver.stoppedBecause('It was uncomfortable');
    expect(screen.getByText(GENTLER)).toBeTruthy();
    expect(screen.queryByText('Before the next pull:')).toBeNull();
  });
});

describe('StopCheckPanel: where a stop for discomfort was felt', () => {
  it('asks where only for discomfort, and turns the answer into a change of position', () => {
    const session = inHold();
    session.receiver.stop();
    session.waitForPhase('Stopped');
    expect(screen.queryByRole('checkbox', { name: 'Ankles' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'It was uncomfortable' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ankles' }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByText(GENTLER)).toBeTruthy();
    expect(screen.getByText('Grip a little higher on the legs, or pad the grip.')).toBeTruthy();
  });

  it('forgets places ticked before another reason was chosen', () => {
    const session = inHold();
    session.receiver.stop();
    session.waitForPhase('Stopped');
    fireEvent.click(screen.getByRole('radio', { name: 'It was uncomfortable' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ankles' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Finished' }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.queryByText('Before the next pull:')).toBeNull();
  });
});
