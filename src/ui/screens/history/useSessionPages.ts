// Loads the stored sessions a page at a time, newest first, so thousands of them open quickly.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SessionRecord } from '../../../domain/record/sessionRecord';
import { keyOf, type SessionStore } from '../../../platform/storage';
import { problemText } from './words';

export const PAGE_SIZE = 30;

export type SessionPages =
  | { status: 'loading' }
  | { status: 'failed'; problem: string }
  | {
      status: 'ready';
      sessions: SessionRecord[];
      /** Sessions that can be shown: the damaged ones found so far are not counted. */
      total: number;
      loadingMore: boolean;
      /** A failure loading a further page; the sessions already shown stay. */
      moreProblem: string | undefined;
      /** Stored sessions found damaged, left as they are and not shown. */
      damaged: number;
    };

export interface SessionPagesControl {
  pages: SessionPages;
  showMore(): void;
  /** Starts again from the first page (after an import or a delete, or to retry). */
  reload(): void;
}

/**
 * How many sessions can be shown. A page shorter than asked for means the list has ended; until
 * then, the count less the damaged rows found (a damaged one not yet read still counts).
 */
function showable(
  shown: number,
  lastPage: number,
  asked: number,
  counted: number,
  damaged: number,
): number {
  return lastPage < asked ? shown : Math.max(shown, counted - damaged);
}

/** `firstShown`: how many the first load shows (at least a page), e.g. as many as before. */
export function useSessionPages(store: SessionStore, firstShown = PAGE_SIZE): SessionPagesControl {
  const [pages, setPages] = useState<SessionPages>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  // Answers to an older load (before a reload) are dropped.
  const current = useRef(0);
  // Only the first load shows more than a page; a reload (after an import or a delete) starts over.
  const firstLimit = useRef(Math.max(PAGE_SIZE, firstShown));

  useEffect(() => {
    const mine = ++current.current;
    const limit = firstLimit.current;
    firstLimit.current = PAGE_SIZE;
    setPages({ status: 'loading' });
    Promise.all([store.count(), store.listSessions({ limit })]).then(
      ([stored, sessions]) => {
        if (mine !== current.current) return;
        const damaged = store.damagedSessions().length;
        setPages({
          status: 'ready',
          sessions,
          total: showable(sessions.length, sessions.length, limit, stored, damaged),
          loadingMore: false,
          moreProblem: undefined,
          damaged,
        });
      },
      (error: unknown) => {
        if (mine !== current.current) return;
        setPages({ status: 'failed', problem: problemText(error) });
      },
    );
  }, [store, generation]);

  const showMore = useCallback(() => {
    if (pages.status !== 'ready' || pages.loadingMore) return;
    const mine = current.current;
    const shown = pages.sessions;
    const last = shown[shown.length - 1];
    setPages({ ...pages, loadingMore: true, moreProblem: undefined });
    // By key, not by how many are shown: a damaged row read past would shift a count.
    store.listSessions({ limit: PAGE_SIZE, after: last && keyOf(last) }).then(
      (next) => {
        if (mine !== current.current) return;
        const damaged = store.damagedSessions().length;
        setPages((latest) => {
          if (latest.status !== 'ready') return latest;
          const sessions = [...shown, ...next];
          // The damaged rows found on this page were still counted in the total.
          const total = showable(
            sessions.length,
            next.length,
            PAGE_SIZE,
            latest.total,
            damaged - latest.damaged,
          );
          return { ...latest, sessions, total, loadingMore: false, damaged };
        });
      },
      (error: unknown) => {
        if (mine !== current.current) return;
        setPages((latest) =>
          latest.status === 'ready'
            ? { ...latest, loadingMore: false, moreProblem: problemText(error) }
            : latest,
        );
      },
    );
  }, [pages, store]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  return { pages, showMore, reload };
}
