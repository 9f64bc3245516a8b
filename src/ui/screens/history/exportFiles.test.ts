// The export files as a person receives them: the sessions CSV in plain English words and UTC.
import { describe, expect, it } from 'vitest';
import { exampleRecord } from '../../../domain/record/arbitraries';
import { exportFile } from './exportFiles';

/** The cells of one column of a simple CSV (no quoted commas in the cells read here). */
function column(csv: string, name: string): string[] {
  const [header = '', ...rows] = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  const index = header.split(',').indexOf(name);
  return rows.map((row) => row.split(',')[index] ?? '');
}

describe('exportFile: sessions CSV', () => {
  const sessions = ['twoTaps', 'raisedHand', 'a squeeze of the hand'].map((physical, i) => ({
    ...exampleRecord(`s${i}`, '2025-05-01T10:00:00+02:00'),
    stopSignal: { word: 'Stop', physical },
  }));
  const csv = exportFile('sessionsCsv', { sessions, profile: undefined }, new Date()).text;

  it('writes the ready-made stop signals in English words, never their codes', () => {
    expect(column(csv, 'stop_signal')).toEqual([
      'Two taps on the partner’s arm',
      'A raised hand',
      'a squeeze of the hand',
    ]);
  });

  it('writes a start imported with an offset in UTC', () => {
    expect(column(csv, 'started_at_utc')).toEqual(Array(3).fill('2025-05-01T08:00:00.000Z'));
  });
});
