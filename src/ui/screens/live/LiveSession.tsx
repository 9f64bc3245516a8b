// The live session: a recap with Start session, then the screen the receiver holds lying down.
import { useEffect, useRef } from 'preact/hooks';
import type { Plan } from '../../../domain/plan/plan';
import type { ScreeningSummary, SessionRecord } from '../../../domain/record/sessionRecord';
import { nextWakeAt, phaseOf } from '../../../domain/session/step';
import type { Settings } from '../../../domain/settings/settings';
import type { SessionStore } from '../../../platform/storage';
import { useServices } from '../../app/services';
import { Button } from '../../components/Button';
import { usePageTitle } from '../../components/usePageTitle';
import { useT } from '../../i18n/translate';
import type { Agreement } from '../agreement';
import { CaptionBar } from './CaptionBar';
import { EndPanel } from './EndPanel';
import { PhaseDisplay } from './PhaseDisplay';
import { RatingPanel } from './RatingPanel';
import { Recap } from './Recap';
import { SessionNotices } from './SessionNotices';
import { StatusRegion } from './StatusRegion';
import { type ControlEvent, StopBar } from './StopBar';
import { PausedPanel, StopCheckPanel, StopChoicePanel } from './StopCheckPanel';
import { StopReminder } from './StopReminder';
import { useBackAsStop } from './useBackAsStop';
import { useControlsClearance } from './useControlsClearance';
import { useLiveSession } from './useLiveSession';
import { useLostFocusToStop } from './useLostFocusToStop';
import { usePhaseInSight } from './usePhaseInSight';
import { useStopKeys } from './useStopKeys';
import './live.css';
import { FixedName } from '../../components/FixedName';

export interface SessionSetup {
  plan: Plan;
  agreement: Agreement;
  screening: ScreeningSummary;
  /** The screening verdict's gate, handed to the domain: false and no pull can ever start (H1). */
  mayStart: boolean;
}

export interface LiveSessionProps {
  setup: SessionSetup;
  store: SessionStore;
  settings: Settings;
  /** The Start session tap: from now on the session's screen is not left by Back. */
  onStart?(): void;
  onFinished(record: SessionRecord): void;
  /** Home from the recap, before the start. */
  onNotNow(): void;
}

export function LiveSession({
  setup,
  store,
  settings,
  onStart,
  onFinished,
  onNotNow,
}: LiveSessionProps) {
  const t = useT();
  const { clock } = useServices();
  const session = useLiveSession({ setup, store, settings });
  const { snapshot, send } = session;
  const phase = phaseOf(snapshot);
  const { context } = snapshot;
  const finished = snapshot.status === 'done';
  const running = phase !== 'idle' && !finished;
  const stopButton = useRef<HTMLButtonElement>(null);
  const sessionElement = useRef<HTMLDivElement>(null);
  const controls = useRef<HTMLDivElement>(null);

  const accepts = (type: ControlEvent) => snapshot.can({ type, at: clock.now() });
  const stopAccepted = running && accepts('STOP');
  useStopKeys(stopAccepted, () => send({ type: 'STOP' }));
  useBackAsStop(running, stopAccepted, () => send({ type: 'STOP' }));

  // On start the Stop button takes focus: the first thing a keyboard or screen reader meets.
  useEffect(() => {
    if (running) stopButton.current?.focus();
  }, [running]);
  // A vanished control hands focus to Stop, not a panel heading: Stop is there in every phase.
  useLostFocusToStop(sessionElement, stopButton, running);
  useControlsClearance(controls, running);
  const rated = phase === 'rest' && context.pulls[context.pulls.length - 1]?.rating != null;
  usePhaseInSight(rated ? 'rest, rated' : phase, running);
  // Before the start the recap's own screen names the page.
  usePageTitle(phase === 'idle' ? null : t('live.title'));

  const lastStop = context.stops[context.stops.length - 1];

  return (
    <div class="live-session" ref={sessionElement}>
      <StatusRegion phase={phase} context={context} />
      {phase === 'idle' ? (
        <>
          <div class="container">
            <SessionNotices problems={session.problems} />
          </div>
          <Recap
            plan={setup.plan}
            agreement={setup.agreement}
            onStart={() => {
              session.start();
              onStart?.();
            }}
            onNotNow={onNotNow}
          />
        </>
      ) : (
        <main class="live container" aria-labelledby="live-title">
          <h1 id="live-title" class="visually-hidden">
            {t('live.title')}
          </h1>
          <div class="live__body">
            <PhaseDisplay
              phase={phase}
              context={context}
              running={running}
              sessionWakeAt={nextWakeAt(snapshot)}
            />
            <CaptionBar captions={session.captions} />
            {phase === 'ramp' && (
              <Button size="large" class="live__confirm" onClick={() => send({ type: 'CONFIRM' })}>
                <FixedName name="button.gentlePull" />
              </Button>
            )}
            {phase === 'rest' && (
              <RatingPanel
                key={context.pulls.length}
                context={context}
                onRate={(rating, discomfort) => send({ type: 'RATE', rating, discomfort })}
                onChoose={(rating, discomfort) =>
                  send({ type: 'CHOOSE_RATING', rating, discomfort })
                }
              />
            )}
            {phase === 'paused' && <PausedPanel onEnd={() => send({ type: 'END' })} />}
            {phase === 'stopCheck' && (
              <StopCheckPanel
                onReason={(reason, discomfort) => send({ type: 'STOP_REASON', reason, discomfort })}
              />
            )}
            {phase === 'stopChoice' && (
              <StopChoicePanel
                stop={lastStop}
                discomfort={context.pulls[context.pulls.length - 1]?.discomfort ?? []}
                technique={context.plan.technique}
                onCarryOn={() => send({ type: 'CONTINUE' })}
                onEnd={() => send({ type: 'END' })}
              />
            )}
            {finished && session.record && (
              <EndPanel
                end={context.end ?? 'completed'}
                onContinue={() => {
                  if (session.record) onFinished(session.record);
                }}
              />
            )}
            {/* After the phase, the cue and the question asked now: a notice never pushes them away. */}
            <SessionNotices problems={session.problems} />
            {running && <StopReminder agreement={setup.agreement} />}
          </div>
          {running && (
            <div class="live__controls" ref={controls}>
              <StopBar
                paused={phase === 'paused'}
                accepts={accepts}
                send={(type) => send({ type })}
                stopRef={stopButton}
              />
            </div>
          )}
        </main>
      )}
    </div>
  );
}
