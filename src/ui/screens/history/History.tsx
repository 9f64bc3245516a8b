// History: every session newest first, a page at a time, then trends and the data controls.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SessionStore } from '../../../platform/storage';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { Screen } from '../../components/Screen';
import { problemInWords } from '../../i18n/problems';
import { useT } from '../../i18n/translate';
import { DataControls } from './DataControls';
import { useFormat } from './format';
import { SessionCard } from './SessionCard';
import { Trends } from './Trends';
import { useSessionPages } from './useSessionPages';
import './history.css';

/** Where History was left for a session's details: how many were shown, and which was opened. */
export interface HistoryPlace {
  id: string;
  shown: number;
}

export interface HistoryProps {
  store: SessionStore;
  onOpenSession(place: HistoryPlace): void;
  /** Coming back from a session's details: as many shown as before, focus on its Details. */
  returnTo?: HistoryPlace;
  onBack(): void;
  /** The app's wall clock (file names, the backup's date, today); the device's if not given. */
  now?: () => Date;
}

export function History({ store, onOpenSession, onBack, returnTo, now }: HistoryProps) {
  const t = useT();
  const { count } = useFormat();
  const { pages, showMore, reload } = useSessionPages(store, returnTo?.shown);
  const list = useRef<HTMLOListElement>(null);
  // After "Show more", focus moves to the first session just added, so reading carries on there.
  const [focusItem, setFocusItem] = useState<number | undefined>(undefined);
  const shown = pages.status === 'ready' ? pages.sessions.length : 0;

  useEffect(() => {
    if (focusItem === undefined || shown <= focusItem) return;
    list.current?.children[focusItem]?.querySelector<HTMLElement>('h3')?.focus();
    setFocusItem(undefined);
  }, [focusItem, shown]);

  // Back from a session's details: focus returns to the Details button that opened it, once.
  const returning = useRef(returnTo?.id);
  useEffect(() => {
    if (returning.current === undefined || pages.status !== 'ready') return;
    const index = pages.sessions.findIndex((record) => record.id === returning.current);
    returning.current = undefined;
    list.current?.children[index]?.querySelector<HTMLElement>('button')?.focus();
  }, [pages]);

  const more = () => {
    setFocusItem(shown);
    showMore();
  };

  return (
    <Screen
      title={t('history.title')}
      actions={
        <Button variant="secondary" onClick={onBack}>
          {t('button.back')}
        </Button>
      }
    >
      {pages.status === 'loading' && <p class="muted">{t('history.loading')}</p>}
      {pages.status === 'failed' && (
        <Notice tone="danger" title={t('history.loadFailed')}>
          <p>{problemInWords(pages.problem, t)}</p>
          <div>
            <Button variant="secondary" onClick={reload}>
              {t('history.retry')}
            </Button>
          </div>
        </Notice>
      )}
      {/* Also when every stored session is damaged: "No sessions yet" alone would not be true. */}
      {pages.status === 'ready' && pages.damaged > 0 && (
        <Notice tone="warning">{t('history.damaged', { count: count(pages.damaged) })}</Notice>
      )}
      {pages.status === 'ready' && pages.total === 0 && (
        <section class="section" aria-labelledby="history-empty">
          <h2 id="history-empty">{t('history.empty.title')}</h2>
          <p>{t('history.empty.body')}</p>
        </section>
      )}
      {pages.status === 'ready' && pages.total > 0 && (
        <>
          <section class="section" aria-labelledby="history-sessions">
            <h2 id="history-sessions">{t('history.sessions.heading')}</h2>
            <p aria-live="polite">
              {t('history.sessions.showing', {
                shown: count(pages.sessions.length),
                total: count(pages.total),
              })}
            </p>
            <ol class="session-list" ref={list}>
              {pages.sessions.map((record) => (
                <SessionCard
                  key={record.id}
                  record={record}
                  onOpen={(id) => onOpenSession({ id, shown })}
                />
              ))}
            </ol>
            {pages.moreProblem !== undefined && (
              <Notice tone="danger" title={t('history.loadFailed')}>
                <p>{problemInWords(pages.moreProblem, t)}</p>
              </Notice>
            )}
            {pages.sessions.length < pages.total && (
              <div>
                <Button variant="secondary" aria-busy={pages.loadingMore} onClick={more}>
                  {t('history.sessions.showMore')}
                </Button>
              </div>
            )}
          </section>
          <Trends store={store} />
        </>
      )}
      <DataControls store={store} onDataChanged={reload} {...(now ? { now } : {})} />
    </Screen>
  );
}
