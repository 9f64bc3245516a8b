// Runs one live session: owns the scheduler, carries out its effects and keeps the record saved.
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { RecordDetails, SessionRecord } from '../../../domain/record/sessionRecord';
import { buildRecord } from '../../../domain/record/sessionRecord';
import type { Effect } from '../../../domain/session/effects';
import { rehearse } from '../../../domain/session/rehearsal';
import {
  createSession,
  persistedSession,
  type SessionSnapshot,
} from '../../../domain/session/step';
import type { Settings } from '../../../domain/settings/settings';
import { type Caption, effectSettingsOf, runEffects } from '../../../platform/effects';
import { nextTask } from '../../../platform/nextTask';
import {
  createSessionScheduler,
  type SessionScheduler,
  type UnstampedEvent,
} from '../../../platform/sessionScheduler';
import type { SessionStore } from '../../../platform/storage';
import { useServices } from '../../app/services';
import { I18nContext } from '../../i18n/translate';
import type { SessionSetup } from './LiveSession';

export interface LiveSessionOptions {
  setup: SessionSetup;
  store: SessionStore;
  settings: Settings;
}

/** What went wrong on the way; each is shown once and the session carries on. */
export interface LiveProblems {
  speechUnavailable: boolean;
  screenMaySleep: boolean;
  /** The last storage error's message, or null while saving works. */
  storage: string | null;
}

export interface LiveSession {
  snapshot: SessionSnapshot;
  /**
   * The phase and safety cues of the latest step that had any (an ease-off and the hold it begins
   * come together), shown large; countdown numbers are shown by the countdown instead.
   */
  captions: Caption[];
  /** The finished session's record, once the session has reached its end. */
  record: SessionRecord | null;
  problems: LiveProblems;
  /** Call from the Start session tap: it also unlocks speech and sound. */
  start(): void;
  send(event: UnstampedEvent): void;
}

/** Started and not yet over: what the app leaving or going out of sight interrupts. */
function underWay(snapshot: SessionSnapshot): boolean {
  return snapshot.status === 'active' && snapshot.value !== 'idle';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useLiveSession({ setup, store, settings }: LiveSessionOptions): LiveSession {
  const services = useServices();
  const { locale, t } = useContext(I18nContext);
  const [initial] = useState(() => createSession(setup.plan, setup.mayStart));
  const [recordId] = useState(() => services.newId());
  const [snapshot, setSnapshot] = useState(initial);
  const [captions, setCaptions] = useState<Caption[]>([]);
  const [record, setRecord] = useState<SessionRecord | null>(null);
  const [speechUnavailable, setSpeechUnavailable] = useState(false);
  const [screenMaySleep, setScreenMaySleep] = useState(false);
  const [storageProblem, setStorageProblem] = useState<string | null>(null);
  const scheduler = useRef<SessionScheduler | null>(null);
  // The scheduler lives as long as the screen; it reads the latest props and words from here.
  const latest = useRef({ setup, store, settings, locale, t });
  latest.current = { setup, store, settings, locale, t };

  useEffect(() => {
    const { clock, cueQueue, tones, haptics, wakeLock, cueLog } = services;
    // Writes run one after another, so the final record never races an earlier snapshot; each in
    // a task of its own, so a step's save never holds back its cue and its screen (a Stop above all).
    let writes: Promise<void> = Promise.resolve();
    let pending = 0;
    const queueWrite = (write: () => Promise<void>): Promise<void> => {
      // Behind a write still under way, this one already runs in a later task.
      const next = (pending === 0 ? writes.then(nextTask) : writes).then(write);
      pending += 1;
      writes = next
        .catch(() => undefined)
        .finally(() => {
          pending -= 1;
        });
      return next;
    };
    const reportStorage = (error: unknown) => setStorageProblem(messageOf(error));

    const details = (): RecordDetails => {
      const { setup: current } = latest.current;
      return {
        id: recordId,
        screening: current.screening,
        stopSignal: {
          word: current.agreement.stopWord,
          physical: current.agreement.physicalSignal,
        },
        painBefore: current.agreement.baselinePain,
        painAfter: null,
        notes: '',
      };
    };

    const finish = (final: SessionSnapshot) => {
      const finished = buildRecord(final.context, details(), clock.now());
      setRecord(finished);
      const { store: target } = latest.current;
      queueWrite(async () => {
        await target.saveSession(finished);
        await target.clearActive();
      }).catch(reportStorage);
    };

    // Built inside the write, in its own task: the cue and the screen come first.
    const saveProgress = (snapshot: SessionSnapshot) => {
      const { store: target } = latest.current;
      return queueWrite(() =>
        target.saveActive(
          persistedSession(snapshot),
          buildRecord(snapshot.context, details(), clock.now()),
        ),
      );
    };

    const onStep = (next: SessionSnapshot, effects: readonly Effect[]) => {
      const { settings: current, locale: lang, t: translate } = latest.current;
      setSnapshot(next);
      const shown: Caption[] = [];
      runEffects(
        effects,
        {
          clock,
          cueQueue,
          tones,
          haptics,
          wakeLock,
          cueText: (cue) => translate(`cue.${cue}`),
          caption: (caption) => {
            if (caption.priority !== 'countdown') shown.push(caption);
          },
          persist: () => saveProgress(next),
          onError: (error, effect) => {
            if (effect.type === 'persist') reportStorage(error);
            else console.error('A session cue could not be carried out.', error);
          },
          ...(cueLog ? { onCueRun: cueLog } : {}),
        },
        effectSettingsOf(current, lang),
      );
      if (shown.length > 0) setCaptions(shown);
      if (next.status === 'done') finish(next);
    };

    const created = createSessionScheduler({
      snapshot: initial,
      clock,
      timer: services.timer,
      visibility: services.visibility,
      onStep,
    });
    scheduler.current = created;
    const stopSpeechWatch = services.speech.onUnavailable(() => setSpeechUnavailable(true));
    const stopWakeWatch = wakeLock.onLost(() => setScreenMaySleep(true));
    // Hidden may be the last the app sees (the system can close it unseen): the record then keeps
    // how long the pull under way had run, not only when its phase began.
    const stopHideWatch = services.visibility.onChange((visible) => {
      const shown = created.snapshot();
      if (!visible && underWay(shown)) saveProgress(shown).catch(reportStorage);
    });

    return () => {
      const left = created.snapshot();
      created.dispose();
      scheduler.current = null;
      stopSpeechWatch();
      stopWakeWatch();
      stopHideWatch();
      cueQueue.clear();
      // Leaving mid-session: the screen need not stay awake for a session nobody sees.
      if (underWay(left)) {
        wakeLock.release().catch(() => undefined);
      }
    };
  }, [services, initial, recordId]);

  // While the recap is read, a make-believe session runs in memory: the first real cues then
  // find the session engine compiled and ready, rather than waiting on it.
  useEffect(
    () =>
      services.timer.setTimer(services.clock.now(), () => {
        rehearse(initial.context.plan);
      }),
    [services, initial],
  );

  const start = () => {
    const { speech, tones, wallNow } = services;
    const current = latest.current.settings;
    speech.configure({ voiceId: current.voiceId, rate: current.speechRate });
    // Browsers allow speech and sound only after a gesture; this tap is the one.
    speech.unlock();
    tones.unlock().catch(() => undefined);
    scheduler.current?.start(wallNow().toISOString());
  };

  const send = (event: UnstampedEvent) => scheduler.current?.send(event);

  return {
    snapshot,
    captions,
    record,
    problems: {
      speechUnavailable: speechUnavailable && settings.voiceOn,
      screenMaySleep,
      storage: storageProblem,
    },
    start,
    send,
  };
}
