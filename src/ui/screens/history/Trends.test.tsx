// @vitest-environment jsdom
// Trends: the weekly table reads each session on its own local date, whatever today's offset is.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { exampleRecord } from '../../../domain/record/arbitraries';
import { Trends } from './Trends';
import { storeWith } from './testing';

vi.mock('uplot', async () => ({ default: (await import('../../charts/testing')).FakeUPlot }));

// A zone with summer time, whatever the machine's own zone is (Node rereads TZ when it is set).
const machineZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** The "Week starting" column of the weekly table, opened as a reader would. */
async function weekStarts(today: string, startedAt: readonly string[]): Promise<string[]> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.parse(today));
  const store = await storeWith(startedAt.map((at, i) => exampleRecord(`s${i}`, at)));
  render(<Trends store={store} />);
  fireEvent.click(await screen.findByText('The numbers: minutes under traction per week'));
  const table = await screen.findByRole('table');
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

describe('Trends', () => {
  it('starts winter weeks on their Monday when read in summer', async () => {
    const starts = await weekStarts('2025-07-15T12:00:00Z', [
      '2025-01-15T10:00:00Z', // ISO week 3
      '2025-01-22T10:00:00Z',
      '2025-07-09T10:00:00Z',
    ]);
    expect(starts).toEqual(['Jan 13, 2025', 'Jan 20, 2025', 'Jul 7, 2025']);
  });

  it('counts a Monday 00:30 summer-time session in its own week when read in winter', async () => {
    const starts = await weekStarts('2025-01-15T12:00:00Z', [
      '2025-05-28T10:00:00Z', // Wednesday of the week before
      '2025-06-01T22:30:00Z', // Monday 2 June, 00:30 in Berlin
    ]);
    expect(starts).toEqual(['May 26, 2025', 'Jun 2, 2025']);
  });
});
