// CSV exports open correctly in a spreadsheet: quoting, CRLF, and no formula runs from a note.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleRecord, sessionRecordsArb } from './arbitraries';
import {
  neutraliseFormula,
  PULL_COLUMNS,
  pullsCsv,
  SESSION_COLUMNS,
  type SignalWords,
  sessionsCsv as sessionsCsvIn,
} from './csv';

/** Words for the signals: ready-made ones by a made-up name, so a test sees they were used. */
const signalWords: SignalWords = (physical) =>
  physical === 'twoTaps' ? 'Tap twice' : physical === 'raisedHand' ? 'Hand up' : physical;

function sessionsCsv(records: Parameters<typeof sessionsCsvIn>[0]): string {
  return sessionsCsvIn(records, signalWords);
}

/** A strict RFC 4180 reader: throws on anything a conforming file would not contain. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else value += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`bare quote at ${i}`);
        value += text[i++];
      }
    }
    row.push(value);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`expected , or CRLF at ${i}`);
  }
  if (row.length > 0) throw new Error('last line has no CRLF');
  return rows;
}

function column(rows: string[][], name: string): string[] {
  const index = rows[0]?.indexOf(name) ?? -1;
  if (index < 0) throw new Error(`no column ${name}`);
  return rows.slice(1).map((row) => row[index] ?? '');
}

describe('sessionsCsv', () => {
  it('has a header and one row per session, pain and times in plain numbers', () => {
    const record = exampleRecord('s1', '2025-05-01T09:00:00.000Z');
    const rows = readCsv(sessionsCsv([record]));
    expect(rows[0]).toEqual([...SESSION_COLUMNS]);
    expect(rows).toHaveLength(2);
    expect(column(rows, 'session_id')).toEqual(['s1']);
    // The column's name says the time is UTC, as the value's Z does.
    expect(column(rows, 'started_at_utc')).toEqual(['2025-05-01T09:00:00.000Z']);
    expect(column(rows, 'pain_before')).toEqual(['4']);
    expect(column(rows, 'pain_after')).toEqual(['3']);
    expect(column(rows, 'traction_seconds')).toEqual(['19.2']);
    expect(column(rows, 'active_seconds')).toEqual(['300']);
  });

  it('writes a start stored with an offset in UTC, as the column says', () => {
    const record = exampleRecord('s1', '2025-05-01T09:00:00+02:00');
    expect(column(readCsv(sessionsCsv([record])), 'started_at_utc')).toEqual([
      '2025-05-01T07:00:00.000Z',
    ]);
    expect(column(readCsv(pullsCsv([record])), 'session_started_at_utc')).toEqual([
      '2025-05-01T07:00:00.000Z',
    ]);
  });

  it("writes a ready-made stop signal in words, and a couple's own signal as they wrote it", () => {
    const signals = ['twoTaps', 'raisedHand', 'a squeeze of the hand'];
    const records = signals.map((physical, i) => ({
      ...exampleRecord(`s${i}`, '2025-05-01T09:00:00.000Z'),
      stopSignal: { word: 'Stop', physical },
    }));
    expect(column(readCsv(sessionsCsv(records)), 'stop_signal')).toEqual([
      'Tap twice',
      'Hand up',
      'a squeeze of the hand',
    ]);
  });

  it('leaves a missing pain rating empty rather than 0', () => {
    const record = { ...exampleRecord('s1', '2025-05-01T09:00:00.000Z'), painAfter: null };
    expect(column(readCsv(sessionsCsv([record])), 'pain_after')).toEqual(['']);
  });

  it('quotes a note with a comma, a quote or a line break, and ends lines with CRLF', () => {
    const notes = 'Hips, then "knees"\r\nnext time: belt';
    const csv = sessionsCsv([{ ...exampleRecord('s1', '2025-05-01T09:00:00.000Z'), notes }]);
    expect(csv).toContain(',"Hips, then ""knees""\r\nnext time: belt"\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/\n/);
  });

  it('quotes a note with a semicolon or a tab, which some locales split a row on', () => {
    const notes = "ok;@SUM(1+1)*cmd|' /C calc'!A0\tthen";
    const csv = sessionsCsv([{ ...exampleRecord('s1', '2025-05-01T09:00:00.000Z'), notes }]);
    expect(csv).toContain(`,"${notes}"`);
    expect(column(readCsv(csv), 'notes')).toEqual([notes]);
  });

  it.each([['=HYPERLINK("http://x")'], ['+1+2'], ['-2+3'], ['@SUM(A1)'], ['\t=1']])(
    'neutralises a note starting like a formula: %j',
    (notes) => {
      const csv = sessionsCsv([{ ...exampleRecord('s1', '2025-05-01T09:00:00.000Z'), notes }]);
      expect(column(readCsv(csv), 'notes')).toEqual([`'${notes}`]);
    },
  );

  it('neutralises other free text too: the stop word, the signal, an imported id', () => {
    const record = {
      ...exampleRecord('=cmd', '2025-05-01T09:00:00.000Z'),
      stopSignal: { word: '@stop', physical: '-wave' },
    };
    const rows = readCsv(sessionsCsv([record]));
    expect(column(rows, 'session_id')).toEqual(["'=cmd"]);
    expect(column(rows, 'stop_word')).toEqual(["'@stop"]);
    expect(column(rows, 'stop_signal')).toEqual(["'-wave"]);
  });

  it('leaves ordinary text alone', () => {
    expect(neutraliseFormula('Felt fine = good')).toBe('Felt fine = good');
    expect(neutraliseFormula('')).toBe('');
  });

  it('reads back, for any records, to one row per session with every note intact', () => {
    fc.assert(
      fc.property(sessionRecordsArb(), (records) => {
        const rows = readCsv(sessionsCsv(records));
        expect(rows).toHaveLength(records.length + 1);
        for (const row of rows) expect(row).toHaveLength(SESSION_COLUMNS.length);
        expect(column(rows, 'notes')).toEqual(records.map((r) => neutraliseFormula(r.notes)));
        for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        // The same moment as stored, written in UTC.
        expect(column(rows, 'started_at_utc')).toEqual(
          records.map((r) => new Date(Date.parse(r.startedAt)).toISOString()),
        );
      }),
      { numRuns: 1000 },
    );
  });
});

describe('pullsCsv', () => {
  it('has one row per pull with its session id', () => {
    const record = exampleRecord('s1', '2025-05-01T09:00:00.000Z');
    const rows = readCsv(pullsCsv([record]));
    expect(rows[0]).toEqual([...PULL_COLUMNS]);
    expect(rows.slice(1)).toEqual([
      [
        's1',
        '2025-05-01T09:00:00.000Z',
        '0',
        '4.2',
        'yes',
        '10',
        '10',
        '5',
        'holdComplete',
        '0',
        'justRight',
        '',
        'confirmed 9.2s',
      ],
    ]);
  });

  it('reads back, for any records, to one row per pull', () => {
    fc.assert(
      fc.property(sessionRecordsArb(), (records) => {
        const rows = readCsv(pullsCsv(records));
        const pulls = records.flatMap((r) => r.pulls.map(() => neutraliseFormula(r.id)));
        expect(rows).toHaveLength(pulls.length + 1);
        for (const row of rows) expect(row).toHaveLength(PULL_COLUMNS.length);
        expect(column(rows, 'session_id')).toEqual(pulls);
      }),
      { numRuns: 1000 },
    );
  });
});
