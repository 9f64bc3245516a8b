// Reads the profile and any session in progress straight from IndexedDB at start, without Dexie,
// so the first screen (and the recovery screen's "release slowly") never waits for storage code.
import { DB_NAME } from './databaseName';

export interface StartupData {
  /** The stored profile row's value, unchecked: the caller parses it. */
  profile: unknown;
  /** The session in progress, unchecked. */
  active: unknown;
}

const NOTHING: StartupData = { profile: undefined, active: undefined };

export function readAtStartup(
  factory: IDBFactory | undefined = globalThis.indexedDB,
  name: string = DB_NAME,
): Promise<StartupData> {
  if (!factory) return Promise.resolve(NOTHING);
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      // No version: open whatever is there, and never create or upgrade anything from here.
      request = factory.open(name);
    } catch (error) {
      reject(error);
      return;
    }
    request.onupgradeneeded = () => {
      // The database did not exist: leave creating it to the store, which knows its layout.
      request.transaction?.abort();
    };
    request.onerror = (event) => {
      if (request.error?.name === 'AbortError') {
        event.preventDefault();
        resolve(NOTHING);
      } else reject(request.error);
    };
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('meta')) {
        db.close();
        resolve(NOTHING);
        return;
      }
      const tx = db.transaction('meta', 'readonly');
      const meta = tx.objectStore('meta');
      const profile = meta.get('profile');
      const active = meta.get('active');
      tx.oncomplete = () => {
        db.close();
        resolve({ profile: profile.result?.value, active: active.result?.value });
      };
      tx.onerror = () => {
        db.close();
        reject(tx.error);
      };
    };
  });
}
