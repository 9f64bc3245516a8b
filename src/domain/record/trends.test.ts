// Chart data: pain before/after in time order, minutes under traction in ISO weeks.
import { describe, expect, it } from 'vitest';
import { exampleRecord } from './arbitraries';
import type { SessionRecord } from './sessionRecord';
import { enoughForTrend, painTrend, tractionByWeek } from './trends';

/** The last Sunday of a month at 01:00 UTC: when the EU's clocks change. */
function lastSundayAtOne(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/** Berlin's offset at a moment: +2 h from the last Sunday of March to that of October, else +1 h. */
function berlin(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  return ms >= lastSundayAtOne(year, 2) && ms < lastSundayAtOne(year, 9) ? 120 : 60;
}

function session(id: string, startedAt: string, tractionMs = 60_000): SessionRecord {
  const record = exampleRecord(id, startedAt);
  return { ...record, totals: { ...record.totals, tractionMs } };
}

describe('enoughForTrend', () => {
  it('draws a trend from three sessions, not fewer', () => {
    expect([0, 1, 2, 3, 4].map(enoughForTrend)).toEqual([false, false, false, true, true]);
  });
});

describe('painTrend', () => {
  it('orders sessions by time, whatever order they come in or how the time is written', () => {
    const points = painTrend([
      { ...session('late', '2025-05-03T09:00:00Z'), painBefore: 5, painAfter: 4 },
      { ...session('early', '2025-05-01T10:00:00+02:00'), painBefore: 6, painAfter: null },
      { ...session('mid', '2025-05-01T09:00:00Z'), painBefore: 2, painAfter: 2 },
    ]);
    expect(points).toEqual([
      { sessionId: 'early', at: Date.UTC(2025, 4, 1, 8), before: 6, after: null },
      { sessionId: 'mid', at: Date.UTC(2025, 4, 1, 9), before: 2, after: 2 },
      { sessionId: 'late', at: Date.UTC(2025, 4, 3, 9), before: 5, after: 4 },
    ]);
  });

  it('leaves out a session with no pain rating at all', () => {
    const none = { ...session('none', '2025-05-01T09:00:00Z'), painBefore: null, painAfter: null };
    expect(painTrend([none])).toEqual([]);
  });
});

describe('tractionByWeek', () => {
  it('sums minutes per ISO week, Monday to Sunday', () => {
    const weeks = tractionByWeek([
      session('mon', '2025-05-05T07:00:00Z', 90_000),
      session('sun', '2025-05-11T20:00:00Z', 150_000),
      session('next-mon', '2025-05-12T07:00:00Z', 30_000),
    ]);
    expect(weeks).toEqual([
      {
        week: '2025-W19',
        weekStart: '2025-05-05',
        at: Date.UTC(2025, 4, 5),
        minutes: 4,
        sessions: 2,
      },
      {
        week: '2025-W20',
        weekStart: '2025-05-12',
        at: Date.UTC(2025, 4, 12),
        minutes: 0.5,
        sessions: 1,
      },
    ]);
  });

  it('puts the turn of the year in the right ISO year', () => {
    const weeks = tractionByWeek([
      session('a', '2021-01-03T12:00:00Z'), // Sunday: week 53 of 2020
      session('b', '2021-01-04T12:00:00Z'), // Monday: week 1 of 2021
      session('c', '2024-12-30T12:00:00Z'), // Monday: week 1 of 2025
    ]);
    expect(weeks.map((w) => w.week)).toEqual(['2020-W53', '2021-W01', '2025-W01']);
    expect(weeks.map((w) => w.weekStart)).toEqual(['2020-12-28', '2021-01-04', '2024-12-30']);
  });

  it('reads weeks in the local time the caller gives', () => {
    // 23:30 UTC on Sunday is already Monday in UTC+2: next week there, this week in UTC.
    const late = [session('s', '2025-05-11T23:30:00Z')];
    expect(tractionByWeek(late)[0]?.week).toBe('2025-W19');
    const local = tractionByWeek(late, () => 120)[0];
    expect(local?.week).toBe('2025-W20');
    expect(local?.weekStart).toBe('2025-05-12');
    expect(local?.at).toBe(Date.UTC(2025, 4, 12) - 120 * 60_000);
  });

  it('models Berlin as the time-zone database does, for the dates used here', () => {
    const db = new Intl.DateTimeFormat('en', {
      timeZone: 'Europe/Berlin',
      timeZoneName: 'shortOffset',
    });
    const minutesOf = (ms: number) => (db.format(ms).endsWith('GMT+2') ? 120 : 60);
    // Either side of both clock changes of 2025, and the moments the tests below turn on.
    const moments = [
      '2025-03-30T00:59Z',
      '2025-03-30T01:00Z',
      '2025-10-26T00:59Z',
      '2025-10-26T01:00Z',
    ];
    for (const ms of [...moments, '2025-01-12T23:00Z', '2025-06-01T22:30Z'].map(Date.parse)) {
      expect(berlin(ms)).toBe(minutesOf(ms));
    }
  });

  it('reads each session on its own local date, winter or summer, as Berlin does', () => {
    const weeks = tractionByWeek(
      [
        session('winter', '2025-01-15T10:00:00Z'), // a Wednesday of ISO week 3
        session('summer-monday', '2025-06-01T22:30:00Z'), // Monday 2 June, 00:30 summer time
      ],
      berlin,
    );
    expect(weeks.map((w) => [w.week, w.weekStart])).toEqual([
      ['2025-W03', '2025-01-13'],
      ['2025-W23', '2025-06-02'],
    ]);
    // Each bar stands at its own local Monday midnight: 23:00 UTC in winter, 22:00 in summer.
    expect(weeks.map((w) => w.at)).toEqual([Date.UTC(2025, 0, 12, 23), Date.UTC(2025, 5, 1, 22)]);
  });

  it("starts a week at its Monday's midnight when the clocks change later that week", () => {
    const weeks = tractionByWeek(
      [
        session('spring', '2025-03-30T10:00:00Z'), // Sunday, already on summer time
        session('autumn', '2025-10-26T12:00:00Z'), // Sunday, back on winter time
      ],
      berlin,
    );
    expect(weeks.map((w) => w.weekStart)).toEqual(['2025-03-24', '2025-10-20']);
    expect(weeks.map((w) => w.at)).toEqual([Date.UTC(2025, 2, 23, 23), Date.UTC(2025, 9, 19, 22)]);
  });
});
