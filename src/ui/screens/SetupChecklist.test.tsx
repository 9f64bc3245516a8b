// @vitest-environment jsdom
// The set-up checklist: nothing moves on until every item is ticked and the audio check is heard.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { descriptionOf } from '../components/testing';
import { en, type MessageKey } from '../i18n/en';
import { type AudioCheckResult, SetupChecklist } from './SetupChecklist';
import { pressContinue } from './testing';

afterEach(cleanup);

const ITEMS = [
  en['setup.surface.label'],
  en['setup.room.label'],
  en['setup.receiver.label'],
  en['setup.partner.label'],
];

function tick(name: string) {
  fireEvent.click(screen.getByRole('checkbox', { name }));
}

async function playAudioCheck() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Play the audio check' }));
  });
}

describe('SetupChecklist', () => {
  it('shows each item with why it matters, and the two drawings', () => {
    render(
      <SetupChecklist
        onAudioCheck={vi.fn(async () => ({ sounded: 'beepAndVoice' as const, voiceFailed: false }))}
        onDone={vi.fn()}
      />,
    );
    for (const name of ITEMS) expect(screen.getByRole('checkbox', { name })).toBeTruthy();
    const surface = screen.getByRole('checkbox', { name: en['setup.surface.label'] });
    expect(descriptionOf(surface)).toContain(en['setup.surface.why']);
    expect(screen.getByRole('img', { name: en['illustrations.receiverLying.alt'] })).toBeTruthy();
    expect(screen.getByRole('img', { name: en['illustrations.partnerStance.alt'] })).toBeTruthy();
  });

  it('an incomplete checklist blocks and says what is missing', async () => {
    const onDone = vi.fn();
    render(
      <SetupChecklist
        onAudioCheck={vi.fn(async () => ({ sounded: 'beepAndVoice' as const, voiceFailed: false }))}
        onDone={onDone}
      />,
    );
    tick(en['setup.surface.label']);
    tick(en['setup.partner.label']);
    pressContinue();
    expect(onDone).not.toHaveBeenCalled();
    const missing = screen.getByText(en['setup.missing.heading']).closest('.notice');
    expect(missing?.textContent).toContain(en['setup.room.label']);
    expect(missing?.textContent).toContain(en['setup.receiver.label']);
    expect(missing?.textContent).toContain(en['setup.audio.heard']);
    expect(missing?.textContent).not.toContain(en['setup.surface.label']);
    const room = screen.getByRole('checkbox', { name: en['setup.room.label'] });
    expect(descriptionOf(room)).toContain(en['setup.item.error']);
    expect(document.activeElement).toBe(room);
  });

  it('"We both heard it" counts only after the audio check has played', async () => {
    const onAudioCheck = vi.fn(async () => ({
      sounded: 'beepAndVoice' as const,
      voiceFailed: false,
    }));
    const onDone = vi.fn();
    render(<SetupChecklist onAudioCheck={onAudioCheck} onDone={onDone} />);
    for (const name of ITEMS) tick(name);
    tick('We both heard it');
    pressContinue();
    expect(onDone).not.toHaveBeenCalled();
    const heard = screen.getByRole('checkbox', { name: 'We both heard it' });
    expect(descriptionOf(heard)).toContain(en['setup.audio.notPlayed']);

    await playAudioCheck();
    expect(onAudioCheck).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toBe(en['setup.audio.played']);
    pressContinue();
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('says so when the audio check cannot play', async () => {
    render(
      <SetupChecklist
        onAudioCheck={vi.fn(async () => Promise.reject(new Error('no voice')))}
        onDone={vi.fn()}
      />,
    );
    await playAudioCheck();
    expect((await screen.findByRole('alert')).textContent).toContain(en['setup.audio.failed']);
  });

  it('when only the voice fails, says cues will be captions and beeps, and lets them go on', async () => {
    const onDone = vi.fn();
    render(
      <SetupChecklist
        onAudioCheck={vi.fn(async () => ({ sounded: 'beep' as const, voiceFailed: true }))}
        onDone={onDone}
      />,
    );
    await playAudioCheck();
    expect((await screen.findByRole('alert')).textContent).toContain(en['setup.audio.voiceFailed']);
  });

  it('says what the check played, so "we both heard it" confirms what the session will sound', async () => {
    const cases = [
      [{ sounded: 'beepAndVoice', voiceFailed: false }, 'setup.audio.played'],
      [{ sounded: 'voice', voiceFailed: false }, 'setup.audio.playedVoice'],
      [{ sounded: 'beep', voiceFailed: false }, 'setup.audio.playedBeep'],
      [{ sounded: 'stop', voiceFailed: false }, 'setup.audio.playedStop'],
    ] as const satisfies readonly [AudioCheckResult, MessageKey][];
    for (const [result, key] of cases) {
      render(<SetupChecklist onAudioCheck={vi.fn(async () => result)} onDone={vi.fn()} />);
      await playAudioCheck();
      expect(screen.getByRole('status').textContent).toBe(en[key]);
      expect(screen.queryByRole('alert')).toBeNull();
      cleanup();
    }
  });

  it('with beeps off and the voice failing, says only Stop and release will sound', async () => {
    render(
      <SetupChecklist
        onAudioCheck={vi.fn(async () => ({ sounded: 'stop' as const, voiceFailed: true }))}
        onDone={vi.fn()}
      />,
    );
    await playAudioCheck();
    expect((await screen.findByRole('alert')).textContent).toContain(
      en['setup.audio.voiceFailedStopOnly'],
    );
  });
});
