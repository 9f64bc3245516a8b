// Backups: what goes out comes back the same; a bad file is refused with a reason; no duplicates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleRecord, profileArb, sessionRecordArb, sessionRecordsArb } from './arbitraries';
import type { BackupMigration } from './backup';
import {
  BACKUP_MIGRATIONS,
  createBackup,
  MAX_BACKUP_ERRORS,
  mergeSessions,
  parseBackup,
} from './backup';
import type { BackupProblem } from './backupProblem';
import { isClearProblem } from './backupProblemChecks';
import { initialProfile } from './profile';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION } from './recordSchema';
import { NOTE_MAX_LENGTH, SIGNAL_MAX_LENGTH, STOP_WORD_MAX_LENGTH } from './sessionRecord';

const EXPORTED_AT = '2025-06-01T12:00:00.000Z';

function backupText(value: unknown): string {
  return JSON.stringify(value);
}

function errorsOf(text: string, migrations?: readonly BackupMigration[]): BackupProblem[] {
  const result = parseBackup(text, migrations);
  if (result.ok) throw new Error('expected the backup to be rejected');
  return result.errors;
}

describe('createBackup + parseBackup', () => {
  it('gives back the same sessions and profile after a trip through JSON', () => {
    fc.assert(
      fc.property(
        sessionRecordsArb(),
        fc.option(profileArb, { nil: undefined }),
        (records, profile) => {
          const backup = createBackup(records, profile, EXPORTED_AT);
          const result = parseBackup(backupText(backup));
          expect(result).toEqual({ ok: true, backup });
          if (result.ok) expect(result.backup.sessions).toEqual(records);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('writes the format name and version a reader checks first', () => {
    const backup = createBackup([], undefined, EXPORTED_AT);
    expect(backup).toEqual({
      format: 'tractus-backup',
      schemaVersion: 4,
      exportedAt: EXPORTED_AT,
      sessions: [],
    });
  });

  it('never throws on arbitrary text or JSON, and a refusal always says why', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.string({ unit: 'binary' })), (text) => {
        const result = parseBackup(text);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) expect(isClearProblem(error), error.kind).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseBackup refuses a bad file with a clear problem', () => {
  const valid = createBackup(
    [exampleRecord('s1', '2025-05-01T09:00:00.000Z')],
    undefined,
    EXPORTED_AT,
  );

  it('that is not JSON', () => {
    expect(errorsOf('id,startedAt\n1,2025')).toEqual([{ kind: 'notJson' }]);
  });

  it('that is JSON of another kind', () => {
    const wrongFormat = [{ kind: 'wrongFormat', expected: 'tractus-backup' }];
    expect(errorsOf('[1,2,3]')).toEqual(wrongFormat);
    expect(errorsOf(backupText({ ...valid, format: 'other-app' }))).toEqual(wrongFormat);
  });

  it('from a newer version of the app', () => {
    const version = BACKUP_SCHEMA_VERSION + 1;
    expect(errorsOf(backupText({ ...valid, schemaVersion: version }))).toEqual([
      { kind: 'newerVersion', version, supported: BACKUP_SCHEMA_VERSION },
    ]);
  });

  it('of a version no migration leads from', () => {
    expect(errorsOf(backupText({ ...valid, schemaVersion: 0 }))).toEqual([
      { kind: 'unsupportedVersion', version: 0 },
    ]);
    expect(errorsOf(backupText({ ...valid, schemaVersion: '1' }))).toEqual([
      { kind: 'versionNotWhole' },
    ]);
    expect(errorsOf(backupText({ ...valid, schemaVersion: 1.5 }))).toEqual([
      { kind: 'versionNotWhole' },
    ]);
  });

  it('naming the session, the field and the problem', () => {
    const bad = exampleRecord('s2', '2025-05-02T09:00:00.000Z');
    const text = backupText({ ...valid, sessions: [valid.sessions[0], { ...bad, painAfter: 12 }] });
    expect(errorsOf(text)).toEqual([
      {
        kind: 'field',
        where: 'sessions[1].painAfter',
        session: 's2',
        what: { kind: 'invalid', detail: 'pain must be at most 10' },
      },
    ]);
  });

  it('telling a missing field from a wrong one', () => {
    const { notes: _notes, ...noNotes } = exampleRecord('s3', '2025-05-02T09:00:00.000Z');
    const wrongType = { ...exampleRecord('s4', '2025-05-02T09:00:00.000Z'), notes: 42 };
    expect(errorsOf(backupText({ ...valid, sessions: [noNotes, wrongType] }))).toEqual([
      { kind: 'field', where: 'sessions[0].notes', session: 's3', what: { kind: 'missing' } },
      {
        kind: 'field',
        where: 'sessions[1].notes',
        session: 's4',
        what: { kind: 'invalid', detail: 'notes must be text' },
      },
    ]);
  });

  it('naming unexpected fields', () => {
    expect(errorsOf(backupText({ ...valid, extra: 1 }))).toEqual([
      { kind: 'field', where: '', what: { kind: 'unexpected', names: ['extra'] } },
    ]);
  });

  it('naming at most three unexpected fields, each cut to 40 characters', () => {
    const long = 'x'.repeat(60);
    const extra = { [long]: 1, b: 2, c: 3, d: 4 };
    expect(errorsOf(backupText({ ...valid, ...extra }))).toEqual([
      { kind: 'field', where: '', what: { kind: 'unexpected', names: ['x'.repeat(40), 'b', 'c'] } },
    ]);
  });

  it('naming a session by an id cut to 40 characters, and not by one it does not have', () => {
    const longId = exampleRecord('y'.repeat(60), '2025-05-02T09:00:00.000Z');
    const noId = { ...exampleRecord('s5', '2025-05-02T09:00:00.000Z'), id: 7 };
    expect(errorsOf(backupText({ ...valid, sessions: [{ ...longId, notes: 1 }, noId] }))).toEqual([
      {
        kind: 'field',
        where: 'sessions[0].notes',
        session: 'y'.repeat(40),
        what: { kind: 'invalid', detail: 'notes must be text' },
      },
      {
        kind: 'field',
        where: 'sessions[1].id',
        what: { kind: 'invalid', detail: expect.any(String) },
      },
    ]);
  });

  it('saying what a value of the wrong type should have been', () => {
    const record = exampleRecord('s6', '2025-05-02T09:00:00.000Z');
    const invalid = (detail: string) => ({ kind: 'invalid', detail });
    expect(errorsOf(backupText({ ...valid, sessions: [{ ...record, plan: 5 }] }))).toEqual([
      {
        kind: 'field',
        where: 'sessions[0].plan',
        session: 's6',
        what: invalid('must be an object'),
      },
    ]);
    expect(errorsOf(backupText({ ...valid, sessions: [null] }))).toEqual([
      { kind: 'field', where: 'sessions[0]', what: invalid('must be an object') },
    ]);
    expect(errorsOf(backupText({ ...valid, sessions: [{ ...record, stopSignal: null }] }))).toEqual(
      [
        {
          kind: 'field',
          where: 'sessions[0].stopSignal',
          session: 's6',
          what: invalid('must be an object'),
        },
      ],
    );
    expect(errorsOf(backupText({ ...valid, profile: [] }))).toEqual([
      { kind: 'field', where: 'profile', what: invalid('must be an object') },
    ]);
    expect(errorsOf(backupText({ ...valid, sessions: [{ ...record, pulls: {} }] }))).toEqual([
      { kind: 'field', where: 'sessions[0].pulls', session: 's6', what: invalid('must be a list') },
    ]);
    const badConfirmed = { ...record, pulls: [{ ...record.pulls[0], confirmed: 'yes' }] };
    expect(errorsOf(backupText({ ...valid, sessions: [badConfirmed] }))).toEqual([
      {
        kind: 'field',
        where: 'sessions[0].pulls[0].confirmed',
        session: 's6',
        what: invalid('confirmed must be true or false'),
      },
    ]);
  });

  it('with one line for a time that is not one, and no word of 1970', () => {
    expect(errorsOf(backupText({ ...valid, exportedAt: 'yesterday' }))).toEqual([
      {
        kind: 'field',
        where: 'exportedAt',
        what: { kind: 'invalid', detail: 'must be a date and time like 2024-05-01T09:30:00Z' },
      },
    ]);
  });

  it('naming the session that contradicts itself, and how', () => {
    const good = exampleRecord('s7', '2025-05-02T09:00:00.000Z');
    const pull = good.pulls[0] as (typeof good.pulls)[number];
    const sessions = [
      { ...good, id: 'huge', totals: { ...good.totals, tractionMs: 9_999_999 } },
      { ...good, id: 'hold', totals: { ...good.totals, longestHoldMs: 29_000 } },
      { ...good, id: 'flag', redFlags: ['sharpPain'] },
      {
        ...good,
        id: 'twice',
        pulls: [pull, pull],
        totals: { ...good.totals, pulls: 2, tractionMs: 38_400 },
      },
      { ...good, id: 'word', stopSignal: { ...good.stopSignal, word: '' } },
    ];
    expect(errorsOf(backupText({ ...valid, sessions }))).toEqual([
      {
        kind: 'field',
        where: 'sessions[0].totals.tractionMs',
        session: 'huge',
        what: {
          kind: 'invalid',
          detail:
            "totals.tractionMs must be the pulls' ramp, hold and release times added up (19200)",
        },
      },
      {
        kind: 'field',
        where: 'sessions[1].totals.longestHoldMs',
        session: 'hold',
        what: {
          kind: 'invalid',
          detail: "totals.longestHoldMs must be the longest of the pulls' holds (10000)",
        },
      },
      {
        kind: 'field',
        where: 'sessions[2].redFlags',
        session: 'flag',
        what: {
          kind: 'invalid',
          detail: 'redFlags must be the warning signs given as reasons in stops, in order (none)',
        },
      },
      {
        kind: 'field',
        where: 'sessions[3].pulls[1].index',
        session: 'twice',
        what: {
          kind: 'invalid',
          detail: 'index 0 is already that of pulls[0]: each pull has its own',
        },
      },
      {
        kind: 'field',
        where: 'sessions[4].stopSignal.word',
        session: 'word',
        what: { kind: 'invalid', detail: 'word must not be empty' },
      },
    ]);
  });

  it('that holds one session twice, not calling it a session already on the device', () => {
    const first = exampleRecord('s1', '2025-05-01T09:00:00.000Z');
    const other = exampleRecord('s2', '2025-05-02T09:00:00.000Z');
    const edited = { ...first, notes: 'edited by hand' };
    // Which copy is the right one cannot be known, so the file is refused and nothing changes;
    // an identical copy too: the app never writes one, so the file was edited.
    expect(errorsOf(backupText({ ...valid, sessions: [first, other, edited, first] }))).toEqual([
      { kind: 'repeatedSession', where: 'sessions[2]', session: 's1', first: 'sessions[0]' },
      { kind: 'repeatedSession', where: 'sessions[3]', session: 's1', first: 'sessions[0]' },
    ]);
  });

  it('that holds a session twice as well as a broken field, naming both', () => {
    const first = exampleRecord('s1', '2025-05-01T09:00:00.000Z');
    const broken = { ...first, painBefore: 11 };
    expect(errorsOf(backupText({ ...valid, sessions: [first, broken] }))).toEqual([
      {
        kind: 'field',
        where: 'sessions[1].painBefore',
        session: 's1',
        what: { kind: 'invalid', detail: 'pain must be at most 10' },
      },
      { kind: 'repeatedSession', where: 'sessions[1]', session: 's1', first: 'sessions[0]' },
    ]);
  });

  it('with a note longer than the summary takes, naming the session', () => {
    const record = exampleRecord('long', '2025-05-01T09:00:00.000Z');
    const longest = { ...record, id: 'longest', notes: 'x'.repeat(NOTE_MAX_LENGTH) };
    const tooLong = { ...record, notes: 'x'.repeat(5 * 1024 * 1024) };
    expect(parseBackup(backupText({ ...valid, sessions: [longest] })).ok).toBe(true);
    expect(errorsOf(backupText({ ...valid, sessions: [longest, tooLong] }))).toEqual([
      {
        kind: 'field',
        where: 'sessions[1].notes',
        session: 'long',
        what: {
          kind: 'invalid',
          detail: `notes must be at most ${NOTE_MAX_LENGTH} characters, as the summary takes`,
        },
      },
    ]);
  });

  it('with an empty physical stop signal, in a session or in the profile', () => {
    const record = exampleRecord('quiet', '2025-05-01T09:00:00.000Z');
    const sessions = [{ ...record, stopSignal: { word: 'Stop', physical: ' ' } }];
    const profile = { ...initialProfile(), stopSignal: { word: 'Stop', physical: '' } };
    const detail = 'physical must not be empty: the agreement always takes a signal';
    expect(errorsOf(backupText({ ...valid, sessions, profile }))).toEqual([
      {
        kind: 'field',
        where: 'sessions[0].stopSignal.physical',
        session: 'quiet',
        what: { kind: 'invalid', detail },
      },
      { kind: 'field', where: 'profile.stopSignal.physical', what: { kind: 'invalid', detail } },
    ]);
  });

  it('with a stop word or own signal longer than the agreement takes, naming the session', () => {
    const record = exampleRecord('wordy', '2025-05-01T09:00:00.000Z');
    const longest = {
      ...record,
      id: 'longest',
      stopSignal: {
        word: 'w'.repeat(STOP_WORD_MAX_LENGTH),
        physical: 'p'.repeat(SIGNAL_MAX_LENGTH),
      },
    };
    const wordy = {
      ...record,
      stopSignal: { word: 'w'.repeat(STOP_WORD_MAX_LENGTH + 1), physical: 'p'.repeat(100_000) },
    };
    expect(parseBackup(backupText({ ...valid, sessions: [longest] })).ok).toBe(true);
    expect(errorsOf(backupText({ ...valid, sessions: [longest, wordy] }))).toEqual([
      {
        kind: 'field',
        where: 'sessions[1].stopSignal.word',
        session: 'wordy',
        what: {
          kind: 'invalid',
          detail: `word must be at most ${STOP_WORD_MAX_LENGTH} characters, as the agreement takes`,
        },
      },
      {
        kind: 'field',
        where: 'sessions[1].stopSignal.physical',
        session: 'wordy',
        what: {
          kind: 'invalid',
          detail: `physical must be at most ${SIGNAL_MAX_LENGTH} characters, as the agreement takes`,
        },
      },
    ]);
  });

  it('with at most ten messages however bad the file is', () => {
    const sessions = Array.from({ length: 30 }, (_, i) => ({
      ...exampleRecord(`s${i}`, '2025-05-02T09:00:00.000Z'),
      painBefore: 99,
    }));
    const errors = errorsOf(backupText({ ...valid, sessions }));
    expect(errors).toHaveLength(MAX_BACKUP_ERRORS);
    expect(errors.at(-1)).toEqual({ kind: 'more', count: 21 });
  });
});

describe('backups written before the profile kept the last warning signs', () => {
  it('still load, with no warning signs', () => {
    const { lastRedFlags: _, ...older } = { ...initialProfile(), welcomedOn: '2025-01-02' };
    const text = backupText({ ...createBackup([], undefined, EXPORTED_AT), profile: older });
    expect(parseBackup(text)).toEqual({
      ok: true,
      backup: { ...createBackup([], { ...older, lastRedFlags: [] }, EXPORTED_AT) },
    });
  });

  it('keep the warning signs a newer backup carries', () => {
    const profile = { ...initialProfile(), lastRedFlags: ['dizziness' as const] };
    const result = parseBackup(backupText(createBackup([], profile, EXPORTED_AT)));
    expect(result.ok && result.backup.profile?.lastRedFlags).toEqual(['dizziness']);
  });
});

describe('backup versions', () => {
  const record = exampleRecord('v1-1', '2025-05-01T09:00:00.000Z');
  // A profile as version 1 wrote it: before the last warning signs, the urgent day and the full
  // screening's outcome.
  const {
    lastRedFlags: _flags,
    lastUrgentOn: _day,
    lastFullScreeningOutcome: _outcome,
    lastAvoid: _avoid,
    ...v1Profile
  } = {
    ...initialProfile(),
    welcomedOn: '2025-01-02',
    lastFullScreeningOn: '2025-04-20',
  };
  const v1 = {
    format: BACKUP_FORMAT,
    schemaVersion: 1,
    exportedAt: EXPORTED_AT,
    sessions: [record],
    profile: v1Profile,
  };

  it('imports a v1 backup, its profile with no warning signs and no urgent day', () => {
    expect(parseBackup(backupText(v1))).toEqual({
      ok: true,
      backup: {
        ...v1,
        schemaVersion: 4,
        profile: {
          ...v1Profile,
          lastRedFlags: [],
          lastUrgentOn: null,
          lastFullScreeningOutcome: null,
          lastAvoid: null,
        },
      },
    });
  });

  it('keeps the warning signs a late v1 backup already carried', () => {
    const late = { ...v1, profile: { ...v1Profile, lastRedFlags: ['numbness'] } };
    const result = parseBackup(backupText(late));
    expect(result.ok && result.backup.profile).toEqual({
      ...v1Profile,
      lastRedFlags: ['numbness'],
      lastUrgentOn: null,
      lastFullScreeningOutcome: null,
      lastAvoid: null,
    });
  });

  it('imports a v1 backup without a profile as it is', () => {
    const { profile: _, ...noProfile } = v1;
    expect(parseBackup(backupText(noProfile))).toEqual({
      ok: true,
      backup: { ...noProfile, schemaVersion: 4 },
    });
  });

  it("writes v4 and reads it back with the warning signs, the urgent and avoid days and the full screening's outcome", () => {
    const profile = {
      ...initialProfile(),
      lastRedFlags: ['urgentSign' as const],
      lastUrgentOn: '2025-05-31',
      lastFullScreeningOutcome: 'askFirst' as const,
      lastAvoid: { on: '2025-06-01', reasons: ['pregnancy' as const] },
    };
    const backup = createBackup([record], profile, EXPORTED_AT);
    expect(backup.schemaVersion).toBe(4);
    expect(parseBackup(backupText(backup))).toEqual({ ok: true, backup });
  });

  it('refuses a backup whose urgent day is not a real date', () => {
    const profile = { ...initialProfile(), lastUrgentOn: '2025-13-01' };
    const text = backupText({ ...createBackup([], undefined, EXPORTED_AT), profile });
    expect(errorsOf(text)).toEqual([
      {
        kind: 'field',
        where: 'profile.lastUrgentOn',
        what: { kind: 'invalid', detail: 'must be a real date written YYYY-MM-DD' },
      },
    ]);
  });

  it("imports a v2 backup, its profile with the full screening's outcome not known", () => {
    const { lastFullScreeningOutcome: _, ...v2Profile } = {
      ...initialProfile(),
      lastFullScreeningOn: '2025-04-20',
      lastUrgentOn: '2025-05-31',
    };
    const v2 = { ...createBackup([record], undefined, EXPORTED_AT), schemaVersion: 2 };
    const result = parseBackup(backupText({ ...v2, profile: v2Profile }));
    expect(result).toEqual({
      ok: true,
      backup: {
        ...v2,
        schemaVersion: 4,
        profile: { ...v2Profile, lastFullScreeningOutcome: null, lastAvoid: null },
      },
    });
  });

  it('imports a v3 backup, its profile with no avoid outcome', () => {
    const { lastAvoid: _, ...v3Profile } = {
      ...initialProfile(),
      lastFullScreeningOn: '2025-04-20',
      lastFullScreeningOutcome: 'clear' as const,
    };
    const v3 = { ...createBackup([record], undefined, EXPORTED_AT), schemaVersion: 3 };
    expect(parseBackup(backupText({ ...v3, profile: v3Profile }))).toEqual({
      ok: true,
      backup: { ...v3, schemaVersion: 4, profile: { ...v3Profile, lastAvoid: null } },
    });
  });

  it('refuses a v5 backup as coming from a newer version of the app', () => {
    const v5 = { ...createBackup([record], initialProfile(), EXPORTED_AT), schemaVersion: 5 };
    expect(errorsOf(backupText(v5))).toEqual([{ kind: 'newerVersion', version: 5, supported: 4 }]);
  });
});

describe('migrations of older backups', () => {
  // v1 is the first real backup format. "v0" is hypothetical, made up here only to prove that
  // steps chain one after another: pain was one object, and there was no profile.
  const v0ToV1: BackupMigration = {
    from: 0,
    migrate: (backup) => {
      if (!Array.isArray(backup.sessions)) throw new Error('sessions is not a list');
      return {
        ...backup,
        sessions: backup.sessions.map((session) => {
          const { pain, ...rest } = session as { pain: { before: unknown; after: unknown } };
          return { ...rest, painBefore: pain.before, painAfter: pain.after };
        }),
      };
    },
  };
  const record = exampleRecord('old-1', '2024-01-01T08:00:00.000Z');
  const { painBefore, painAfter, ...rest } = record;
  const v0 = {
    format: BACKUP_FORMAT,
    schemaVersion: 0,
    exportedAt: EXPORTED_AT,
    sessions: [{ ...rest, pain: { before: painBefore, after: painAfter } }],
  };

  const chain = [v0ToV1, ...BACKUP_MIGRATIONS];

  it('brings a v0 backup up to the current version through the chain', () => {
    const result = parseBackup(backupText(v0), chain);
    expect(result).toEqual({
      ok: true,
      backup: {
        format: BACKUP_FORMAT,
        schemaVersion: BACKUP_SCHEMA_VERSION,
        exportedAt: EXPORTED_AT,
        sessions: [record],
      },
    });
  });

  it('validates what a migration produced', () => {
    const broken = { ...v0, sessions: [{ ...rest, pain: { before: 40, after: painAfter } }] };
    expect(errorsOf(backupText(broken), chain)).toEqual([
      {
        kind: 'field',
        where: 'sessions[0].painBefore',
        session: 'old-1',
        what: { kind: 'invalid', detail: 'pain must be at most 10' },
      },
    ]);
  });

  it('turns a migration that cannot read the file into a problem with its message', () => {
    expect(errorsOf(backupText({ ...v0, sessions: 'none' }), chain)).toEqual([
      { kind: 'upgradeFailed', version: 0, detail: 'sessions is not a list' },
    ]);
  });
});

describe('mergeSessions', () => {
  const a = exampleRecord('a', '2025-05-01T09:00:00.000Z');
  const b = exampleRecord('b', '2025-05-02T09:00:00.000Z');

  it('adds new ids, skips identical ones, and keeps the existing record on a conflict', () => {
    const changedA = { ...a, notes: 'edited elsewhere' };
    const result = mergeSessions([a], [changedA, b, b]);
    expect(result.added).toEqual([b]);
    expect(result.skipped).toBe(1);
    expect(result.conflicts).toEqual(['a']);
    expect(result.merged).toEqual([a, b]);
  });

  it('sees the same content whatever the key order', () => {
    const reverseKeys = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reverseKeys);
      if (typeof value !== 'object' || value === null) return value;
      const entries = Object.entries(value).reverse();
      return Object.fromEntries(entries.map(([k, v]) => [k, reverseKeys(v)]));
    };
    const reordered = reverseKeys(a) as typeof a;
    expect(Object.keys(reordered)).not.toEqual(Object.keys(a));
    expect(mergeSessions([a], [reordered])).toMatchObject({ skipped: 1, conflicts: [] });
  });

  it('never duplicates an id, never changes an existing record, and adds nothing twice', () => {
    const incomingArb = fc
      .tuple(sessionRecordsArb(), fc.array(sessionRecordArb, { maxLength: 6 }))
      .chain(([existing, fresh]) =>
        fc
          .shuffledSubarray(existing)
          .map((again) => ({ existing, incoming: [...again, ...fresh] })),
      );
    fc.assert(
      fc.property(incomingArb, ({ existing, incoming }) => {
        const result = mergeSessions(existing, incoming);
        const ids = result.merged.map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(result.merged.slice(0, existing.length)).toEqual(existing);
        expect(result.added.length + result.skipped + result.conflicts.length).toBe(
          incoming.length,
        );
        const again = mergeSessions(result.merged, incoming);
        expect(again.added).toEqual([]);
        expect(again.merged).toEqual(result.merged);
      }),
      { numRuns: 1000 },
    );
  });
});
