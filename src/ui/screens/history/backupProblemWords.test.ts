// A refused backup's problems in words: English as it has always read, Spanish and German in full.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BackupProblem } from '../../../domain/record/backupProblem';
import { createTranslator, loadAreas } from '../../i18n/translate';
import { backupProblemWords } from './backupProblemWords';
import { formatFor } from './format';

function wordsIn(locale: 'en' | 'es' | 'de', problem: BackupProblem): string {
  return backupProblemWords(problem, createTranslator(locale), formatFor(locale).count);
}

const ENGLISH: [BackupProblem, string][] = [
  [{ kind: 'notJson' }, 'This file is not a Tractus backup: it is not a JSON file.'],
  [
    { kind: 'wrongFormat', expected: 'tractus-backup' },
    'This file is not a Tractus backup: its format is not "tractus-backup".',
  ],
  [
    { kind: 'versionNotWhole' },
    'This file is not a Tractus backup: its schemaVersion is not a whole number.',
  ],
  [
    { kind: 'newerVersion', version: 2, supported: 1 },
    'This backup was made by a newer version of Tractus (backup version 2); this app reads up ' +
      'to version 1. Update the app, then import again.',
  ],
  [
    { kind: 'unsupportedVersion', version: 0 },
    'Backup version 0 is not supported by this version of Tractus.',
  ],
  [
    { kind: 'upgradeFailed', version: 0, detail: 'sessions is not a list' },
    'This backup (version 0) could not be upgraded: sessions is not a list',
  ],
  [
    {
      kind: 'field',
      where: 'sessions[1].painAfter',
      session: 's2',
      what: { kind: 'invalid', detail: 'pain must be at most 10' },
    },
    'sessions[1].painAfter (session "s2"): pain must be at most 10',
  ],
  [
    { kind: 'field', where: 'sessions[0].notes', session: 's3', what: { kind: 'missing' } },
    'sessions[0].notes (session "s3"): is missing',
  ],
  [
    { kind: 'field', where: 'sessions[0]', what: { kind: 'unexpected', names: ['x'] } },
    'sessions[0]: has unexpected field "x"',
  ],
  [
    { kind: 'field', where: '', what: { kind: 'unexpected', names: ['extra'] } },
    'The backup has unexpected field "extra"',
  ],
  [
    { kind: 'field', where: '', what: { kind: 'unexpected', names: ['a', 'b', 'c'] } },
    'The backup has unexpected fields "a", "b", "c"',
  ],
  [
    { kind: 'field', where: '', what: { kind: 'invalid', detail: 'must be an object' } },
    'The backup must be an object',
  ],
  [{ kind: 'field', where: '', what: { kind: 'missing' } }, 'The backup is missing'],
  [
    { kind: 'repeatedSession', where: 'sessions[2]', session: 's1', first: 'sessions[0]' },
    'sessions[2] (session "s1"): this session is in the file twice, first at sessions[0]. A ' +
      'backup holds each session once, so which copy is right cannot be known.',
  ],
  [{ kind: 'more', count: 21 }, 'Problems not listed: 21.'],
];

beforeAll(() => Promise.all([loadAreas('es', ['history']), loadAreas('de', ['history'])]));

describe('backupProblemWords', () => {
  it('reads in English exactly as the import has always said it', () => {
    for (const [problem, english] of ENGLISH) expect(wordsIn('en', problem)).toBe(english);
  });

  it('says every problem in Spanish and German, keeping the technical details', () => {
    for (const [problem, english] of ENGLISH) {
      for (const locale of ['es', 'de'] as const) {
        const words = wordsIn(locale, problem);
        expect(words, `${locale}: ${english}`).not.toBe(english);
        expect(words).not.toMatch(/\{\w+\}/);
        if (problem.kind === 'field') {
          expect(words).toContain(problem.where);
          if (problem.what.kind === 'invalid') expect(words).toContain(problem.what.detail);
          for (const name of problem.what.kind === 'unexpected' ? problem.what.names : []) {
            expect(words).toContain(name);
          }
        }
        if (problem.kind === 'upgradeFailed') expect(words).toContain(problem.detail);
        if (problem.kind === 'repeatedSession') {
          for (const part of [problem.where, problem.session, problem.first]) {
            expect(words).toContain(part);
          }
        }
      }
    }
  });

  it('names the session and the fields with the quotes of the language', () => {
    const problem: BackupProblem = {
      kind: 'field',
      where: 'sessions[2]',
      session: 'abc',
      what: { kind: 'unexpected', names: ['x', 'y'] },
    };
    expect(wordsIn('es', problem)).toBe(
      'sessions[2] (sesión «abc»): tiene campos inesperados, «x», «y»',
    );
    expect(wordsIn('de', problem)).toBe('sessions[2] (Sitzung „abc“): unerwartete Felder „x“, „y“');
  });
});
