// The storage layer's English messages are known to the catalogue, so they can be shown translated.
import { describe, expect, it } from 'vitest';
import { openLocalSettingsStore } from '../../platform/settingsStore';
import { STORAGE_MESSAGES, StorageError } from '../../platform/storage';
import { app } from './en/app';
import { PROBLEM_KEYS, problemInWords } from './problems';
import { createTranslator } from './translate';

const english = new Set<string>(PROBLEM_KEYS.map((key) => app[key]));

/** A Storage whose every call throws this error. */
function failingStorage(error: unknown): Storage {
  const fail = () => {
    throw error;
  };
  return {
    length: 0,
    clear: fail,
    getItem: fail,
    key: fail,
    removeItem: fail,
    setItem: fail,
  };
}

/** Read as empty, but every write throws this error. */
function emptyFailingToWrite(error: unknown): Storage {
  return { ...failingStorage(error), getItem: () => null };
}

function storageHolding(raw: string): Storage {
  return { ...failingStorage(new Error('unused')), getItem: () => raw };
}

describe('the storage messages are in the catalogue', () => {
  it('every message of the session store has an English key with the same words', () => {
    for (const message of Object.values(STORAGE_MESSAGES)) expect(english).toContain(message);
  });

  it('every message of the settings store has an English key with the same words', async () => {
    const settings = (storage: Storage | undefined) => openLocalSettingsStore(storage);
    const defaults = (await settings(undefined)).load().settings;
    const messages = [
      (await settings(failingStorage(new Error('no')))).load().problems[0],
      (await settings(storageHolding('{not json'))).load().problems[0],
      (await settings(undefined)).save(defaults),
      (await settings(emptyFailingToWrite(new DOMException('full', 'QuotaExceededError')))).save(
        defaults,
      ),
      (await settings(emptyFailingToWrite(new Error('no')))).save(defaults),
      // Unread settings are never written over.
      (await settings(failingStorage(new Error('no')))).save(defaults),
    ].map((outcome) =>
      typeof outcome === 'string' || outcome === undefined
        ? outcome
        : outcome.ok
          ? undefined
          : outcome.message,
    );
    for (const message of messages) expect(english).toContain(message);
  });
});

describe('problemInWords', () => {
  const es = createTranslator('es');

  it('shows a known message in the chosen language (English while its words are not loaded)', () => {
    const error = new StorageError('quota', STORAGE_MESSAGES.quota);
    expect(problemInWords(error, createTranslator('en'))).toBe(STORAGE_MESSAGES.quota);
    expect(problemInWords(error, es)).toBe(STORAGE_MESSAGES.quota);
  });

  it('translates the known part of a composed message and keeps a technical detail', async () => {
    const { loadAreas } = await import('./translate');
    await loadAreas('es', ['boot']);
    const composed = `${STORAGE_MESSAGES.unknown}: UnknownError`;
    expect(problemInWords(new Error(composed), es)).toBe(
      'Tractus no pudo leer ni guardar sus datos: UnknownError',
    );
    expect(problemInWords('Something else', es)).toBe('Something else');
  });
});
