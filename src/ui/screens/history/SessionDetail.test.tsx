// @vitest-environment jsdom
// One session in full: every pull in words, the stops with their reasons, warning signs, the plan.
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { exampleRecord } from '../../../domain/record/arbitraries';
import type { SessionRecord } from '../../../domain/record/sessionRecord';
import { StorageError } from '../../../platform/storage';
import { createTranslator, I18nContext, loadAreas } from '../../i18n/translate';
import { SessionDetail } from './SessionDetail';
import { storeWith } from './testing';

afterEach(cleanup);
beforeAll(() => loadAreas('de', ['history']));

/** A session after an ask-first outcome a professional agreed to on 10 November 2026. */
function askedFirst(): SessionRecord {
  return {
    ...exampleRecord('asked', '2026-11-12T09:00:00.000Z'),
    screening: { outcome: 'askFirst', professionalConfirmedOn: '2026-11-10' },
  };
}

function stoppedSession(): SessionRecord {
  const base = exampleRecord('stopped', '2024-04-02T18:00:00.000Z');
  const [first] = base.pulls;
  if (!first) throw new Error('the example record has a pull');
  return {
    ...base,
    pulls: [
      first,
      {
        index: 1,
        rampMs: 12_000,
        confirmed: false,
        targetHoldMs: 15_000,
        holdMs: 6400,
        releaseMs: 5000,
        releaseReason: 'stop',
        lateByMs: 0,
        rating: 'tooStrong',
        discomfort: ['knees', 'belt'],
        events: [
          { type: 'rampPrompt', atMs: 50_000 },
          { type: 'stop', atMs: 65_000 },
        ],
      },
    ],
    stops: [
      { atMs: 66_000, trigger: 'stop', reason: 'discomfort' },
      { atMs: 125_000, trigger: 'pain', reason: 'sharpPain' },
    ],
    redFlags: ['sharpPain'],
    painAfter: 6,
    end: 'redFlag',
    notes: 'Knees ached.',
    totals: { pulls: 2, tractionMs: 42_600, longestHoldMs: 10_000, activeMs: 150_000 },
  };
}

function section(name: string): HTMLElement {
  const heading = screen.getByRole('heading', { level: 2, name });
  const region = heading.closest('section');
  if (!region) throw new Error(`no section for ${name}`);
  return region;
}

describe('SessionDetail', () => {
  it('shows each pull: ramp, hold against its target, release and why, rating, places, events', async () => {
    const store = await storeWith([stoppedSession()]);
    render(<SessionDetail store={store} id="stopped" onBack={vi.fn()} />);
    const second = (await screen.findByRole('heading', { name: 'Pull 2' })).closest('li');
    if (!second) throw new Error('no Pull 2');
    const pull = within(second);
    expect(pull.getByText('12 s, not confirmed')).toBeTruthy();
    expect(pull.getByText('6.4 s held of 15 s planned')).toBeTruthy();
    expect(pull.getByText('5 s')).toBeTruthy();
    expect(pull.getByText('Stop was pressed')).toBeTruthy();
    expect(pull.getByText('Too strong')).toBeTruthy();
    expect(pull.getByText('Knees, Under the belt')).toBeTruthy();
    expect(pull.getByText('0:50: The receiver was asked to confirm')).toBeTruthy();
    expect(pull.getByText('1:05: Stop')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Pull 1' })).toBeTruthy();
    expect(screen.getByText('Just right')).toBeTruthy();
  });

  it('shows the stops with their reasons, the warning signs and how it ended, in words', async () => {
    const store = await storeWith([stoppedSession()]);
    render(<SessionDetail store={store} id="stopped" onBack={vi.fn()} />);
    await screen.findByRole('heading', { name: 'Stops' });
    const stops = within(section('Stops'));
    expect(stops.getByText('1:06: Stop was pressed')).toBeTruthy();
    expect(stops.getByText('Reason: It was uncomfortable')).toBeTruthy();
    expect(stops.getByText('2:05: Pain was pressed')).toBeTruthy();
    expect(stops.getByText('Reason: Sharp pain, or pain spreading down a leg')).toBeTruthy();
    const flags = within(section('Warning signs'));
    expect(flags.getByText('Sharp pain, or pain spreading down a leg')).toBeTruthy();
    expect(flags.getByText(/Get professional advice before the next session/)).toBeTruthy();
    const summary = within(section('Summary'));
    expect(summary.getByText('Ended because of a warning sign')).toBeTruthy();
    expect(summary.getByText('4 before, 6 after')).toBeTruthy();
    expect(summary.getByText('Word: “Stop”. Signal: two taps on the arm')).toBeTruthy();
    expect(within(section('Notes')).getByText('Knees ached.')).toBeTruthy();
    const plan = within(section('The plan used'));
    expect(plan.getByText('Ankle hold')).toBeTruthy();
    expect(plan.getByText('15 s')).toBeTruthy();
  });

  it('writes the day a professional agreed as a date in words, not as stored', async () => {
    render(<SessionDetail store={await storeWith([askedFirst()])} id="asked" onBack={vi.fn()} />);
    await screen.findByRole('heading', { name: 'Summary' });
    expect(
      within(section('Summary')).getByText(
        'Ask first: a health professional agreed on Nov 10, 2026',
      ),
    ).toBeTruthy();
  });

  it('writes that day as German writes a date when German is chosen', async () => {
    const store = await storeWith([askedFirst()]);
    render(
      <I18nContext.Provider value={{ locale: 'de', t: createTranslator('de') }}>
        <SessionDetail store={store} id="asked" onBack={vi.fn()} />
      </I18nContext.Provider>,
    );
    const summary = (await screen.findByRole('heading', { name: 'Zusammenfassung' })).closest(
      'section',
    );
    if (!summary) throw new Error('no summary section');
    expect(
      within(summary).getByText(
        'Erst fragen: Eine medizinische Fachperson hat am 10.11.2026 zugestimmt',
      ),
    ).toBeTruthy();
  });

  it('says so when the session is no longer stored', async () => {
    render(<SessionDetail store={await storeWith([])} id="gone" onBack={vi.fn()} />);
    expect(await screen.findByText('This session is no longer on this device.')).toBeTruthy();
  });

  it('shows a storage error in a notice', async () => {
    const store = await storeWith([]);
    vi.spyOn(store, 'getSession').mockRejectedValue(
      new StorageError('unavailable', 'This browser is not letting Tractus keep data.'),
    );
    render(<SessionDetail store={store} id="any" onBack={vi.fn()} />);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This browser is not letting Tractus keep data.',
    );
  });
});
