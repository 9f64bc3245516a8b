// Without IndexedDB at all (Node has none, like a locked-down browser): sessions run in memory.
import { describe, expect, it } from 'vitest';
import { exampleRecord } from '../domain/record/arbitraries';
import { MemorySessionStore, openSessionStore, STORAGE_MESSAGES } from './storage';

describe('openSessionStore with no IndexedDB', () => {
  it('falls back to memory and warns that nothing outlives the page', async () => {
    expect(globalThis.indexedDB).toBeUndefined();
    const { store, warning } = await openSessionStore();
    expect(store).toBeInstanceOf(MemorySessionStore);
    expect(warning).toMatchObject({ name: 'StorageError', kind: 'unavailable' });
    expect(warning?.message).toBe(`${STORAGE_MESSAGES.unavailable} ${STORAGE_MESSAGES.inMemory}`);
    const record = exampleRecord('s1', '2025-05-01T09:00:00.000Z');
    await store.saveActive({ value: 'hold' }, record);
    await store.saveSession(record);
    expect(await store.listSessions()).toEqual([record]);
  });
});
