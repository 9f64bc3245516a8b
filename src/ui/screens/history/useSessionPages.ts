// Loads the stored sessions a page at a time, newest first, so thousands of them open quickly.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SessionRecord } from '../../../domain/record/sessionRecord';
import type { SessionStore } from '../../../platform/storage';
import { problemText } from './words';

export const PAGE_SIZE = 30;

export type SessionPages =
  | { status: 'loading' }
  | { status: 'failed'; problem: string }
  | {
      status: 'ready';
      sessions: SessionRecord[];
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

export function useSessionPages(store: SessionStore): SessionPagesControl {
  const [pages, setPages] = useState<SessionPages>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  // Answers to an older load (before a reload) are dropped.
  const current = useRef(0);

  useEffect(() => {
    const mine = ++current.current;
    setPages({ status: 'loading' });
    Promise.all([store.count(), store.listSessions({ limit: PAGE_SIZE, offset: 0 })]).then(
      ([total, sessions]) => {
        if (mine !== current.current) return;
        setPages({
          status: 'ready',
          sessions,
          total,
          loadingMore: false,
          moreProblem: undefined,
          damaged: store.damagedSessions().length,
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
    setPages({ ...pages, loadingMore: true, moreProblem: undefined });
    store.listSessions({ limit: PAGE_SIZE, offset: shown.length }).then(
      (next) => {
        if (mine !== current.current) return;
        setPages((latest) =>
          latest.status === 'ready'
            ? {
                ...latest,
                sessions: [...shown, ...next],
                loadingMore: false,
                damaged: store.damagedSessions().length,
              }
            : latest,
        );
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
