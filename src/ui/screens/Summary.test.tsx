// @vitest-environment jsdom
// After the session: pain now is required, the note is kept, and saving problems keep the answers.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultPlan } from '../../domain/plan/plan';
import type { SessionRecord } from '../../domain/record/sessionRecord';
import { MemorySessionStore, type SessionStore, StorageError } from '../../platform/storage';
import { descriptionOf } from '../components/testing';
import { en } from '../i18n/en';
import { Summary } from './Summary';
import { pressContinue } from './testing';

afterEach(cleanup);

const RECORD: SessionRecord = {
  schemaVersion: 1,
  id: 'session-7',
  startedAt: '2026-11-20T09:00:00.000Z',
  plan: defaultPlan(),
  screening: { outcome: 'clear', professionalConfirmedOn: null },
  stopSignal: { word: 'Stop', physical: 'twoTaps' },
  painBefore: 4,
  painAfter: null,
  pulls: [
    {
      index: 1,
      rampMs: 4_000,
      confirmed: true,
      targetHoldMs: 10_000,
      holdMs: 10_000,
      releaseMs: 5_000,
      releaseReason: 'holdComplete',
      lateByMs: 0,
      rating: 'justRight',
      discomfort: [],
      events: [],
    },
  ],
  stops: [],
  redFlags: [],
  notes: '',
  end: 'completed',
  totals: { pulls: 5, tractionMs: 125_400, longestHoldMs: 15_000, activeMs: 300_000 },
};

function painNow(n: number) {
  const scale = screen.getByRole('group', { name: /how much back pain do you have now/ });
  fireEvent.click(within(scale).getByRole('radio', { name: String(n) }));
}

function typeNote(text: string) {
  fireEvent.input(screen.getByRole('textbox', { name: 'A note (optional)' }), {
    target: { value: text },
  });
}

async function flush() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** The summary of RECORD (or another), with nothing to do on Continue or Leave unless given. */
function renderSummary({
  record = RECORD,
  store = null,
  onDone = vi.fn(),
  onLeave = vi.fn(),
}: {
  record?: SessionRecord;
  store?: SessionStore | null;
  onDone?: (record: SessionRecord) => void;
  onLeave?: () => void;
} = {}) {
  render(
    <Summary
      record={record}
      basePlan={defaultPlan()}
      store={store}
      onDone={onDone}
      onLeave={onLeave}
    />,
  );
}

/** A store on a full device: every save is refused. */
function fullStore(): MemorySessionStore {
  const store = new MemorySessionStore();
  store.saveSession = () =>
    Promise.reject(new StorageError('quota', 'Storage on this device is full.'));
  return store;
}

describe('Summary', () => {
  it('sums up the session and the plan for next time in plain words', () => {
    renderSummary();
    expect(screen.getByRole('heading', { level: 1, name: 'After the session' })).toBeTruthy();
    const facts = screen.getByRole('heading', { name: 'This session' }).parentElement;
    if (!facts) throw new Error('The summary has no section.');
    expect(within(facts).getByText('5')).toBeTruthy();
    expect(within(facts).getByText('2:05')).toBeTruthy();
    expect(within(facts).getByText('15 s')).toBeTruthy();
    expect(within(facts).getByText('4 → not recorded')).toBeTruthy();
    // A screen reader hears words, not an arrow.
    const pain = within(facts).getByText('4 → not recorded').parentElement;
    expect(pain?.textContent).toContain('4 before, not recorded after');
    expect(within(facts).getByText('4 → not recorded').getAttribute('aria-hidden')).toBe('true');
    // Progress needs pain after no worse than before: the suggestion follows the answer.
    expect(screen.queryByText('A little more next time.')).toBeNull();
    painNow(3);
    expect(screen.getByText('A little more next time.')).toBeTruthy();
    expect(screen.getByText(/Every rated pull felt comfortable/)).toBeTruthy();
    expect(screen.getByText(/Ankle hold: holds of 15 seconds \(up to 20\)/)).toBeTruthy();
  });

  it('writes a stopped hold to the tenth of a second, as History does', () => {
    renderSummary({
      record: { ...RECORD, totals: { ...RECORD.totals, longestHoldMs: 9600 } },
    });
    const facts = screen.getByRole('heading', { name: 'This session' }).parentElement;
    if (!facts) throw new Error('The summary has no section.');
    expect(within(facts).getByText('9.6 s')).toBeTruthy();
  });

  it('needs pain now before it moves on', () => {
    const onDone = vi.fn();
    renderSummary({ onDone });
    pressContinue();
    expect(onDone).not.toHaveBeenCalled();
    const scale = screen.getByRole('group', { name: /how much back pain do you have now/ });
    expect(descriptionOf(scale)).toContain('Choose a number from 0 to 10.');
  });

  it('saves pain after and the note into the record, then moves on', async () => {
    const store = new MemorySessionStore();
    await store.saveSession(RECORD);
    const onDone = vi.fn();
    renderSummary({ store, onDone });
    painNow(2);
    typeNote('  Felt looser afterwards.  ');
    expect(screen.getByText('4 → 2')).toBeTruthy();
    pressContinue();
    await flush();
    expect(onDone).toHaveBeenCalledWith(
      expect.objectContaining({ painAfter: 2, notes: 'Felt looser afterwards.' }),
    );
    const saved = await store.getSession('session-7');
    expect(saved).toMatchObject({ painAfter: 2, notes: 'Felt looser afterwards.', painBefore: 4 });
  });

  it('shows a saving problem and keeps what was typed', async () => {
    const store = fullStore();
    const onDone = vi.fn();
    renderSummary({ store, onDone });
    painNow(3);
    typeNote('Note to keep');
    pressContinue();
    await flush();
    expect(onDone).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('Storage on this device is full.');
    const note = screen.getByRole('textbox', { name: 'A note (optional)' }) as HTMLTextAreaElement;
    expect(note.value).toBe('Note to keep');
    expect(screen.getByRole('radio', { name: '3' })).toHaveProperty('checked', true);
  });

  it('once saving has failed, offers a way out without the answers', async () => {
    const store = fullStore();
    const onLeave = vi.fn();
    const onDone = vi.fn();
    renderSummary({ store, onDone, onLeave });
    expect(screen.queryByRole('button', { name: en['summary.leaveUnsaved'] })).toBeNull();
    painNow(3);
    pressContinue();
    await flush();
    fireEvent.click(screen.getByRole('button', { name: en['summary.leaveUnsaved'] }));
    expect(onLeave).toHaveBeenCalledTimes(1);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('without storage it still moves on', () => {
    const onDone = vi.fn();
    renderSummary({ onDone });
    painNow(0);
    pressContinue();
    // A pain of 0 is an answer, not a missing one.
    expect(onDone).toHaveBeenCalledWith(expect.objectContaining({ painAfter: 0, notes: '' }));
  });

  it('repeats the urgent advice after a session ended by an urgent sign', () => {
    renderSummary({ record: { ...RECORD, end: 'urgent', redFlags: ['urgentSign'] } });
    expect(screen.getByText('Seek urgent medical care now')).toBeTruthy();
    expect(screen.getByText('A little easier next time.')).toBeTruthy();
  });
});
