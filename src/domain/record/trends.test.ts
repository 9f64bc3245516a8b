// Chart data: pain before/after in time order, minutes under traction in ISO weeks.
import { describe, expect, it } from 'vitest';
import { exampleRecord } from './arbitraries';
import type { SessionRecord } from './sessionRecord';
import { enoughForTrend, painTrend, tractionByWeek } from './trends';

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
    const local = tractionByWeek(late, 120)[0];
    expect(local?.week).toBe('2025-W20');
    expect(local?.weekStart).toBe('2025-05-12');
    expect(local?.at).toBe(Date.UTC(2025, 4, 12) - 120 * 60_000);
  });
});
