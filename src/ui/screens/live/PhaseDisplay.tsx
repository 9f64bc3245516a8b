// Where the session is: the phase name, the seconds left in it, and the progress of the session.
import type { SessionContext } from '../../../domain/session/context';
import type { SessionPhase } from '../../../domain/session/step';
import { FixedName } from '../../components/FixedName';
import { useT } from '../../i18n/translate';
import { Countdown } from './Countdown';
import { lastSecondBoundary } from './displayClock';
import {
  currentPullNumber,
  estimatedPulls,
  formatDuration,
  secondsLeft,
  sessionMsLeft,
} from './progress';
import { useNow } from './useNow';

export interface PhaseDisplayProps {
  phase: SessionPhase;
  context: SessionContext;
  /** Whether the seconds are ticking: a session under way, not yet finished. */
  running: boolean;
  /** When the scheduler next wakes the session (it re-renders this then anyway). */
  sessionWakeAt: number | null;
}

/** The only part of the live screen that ticks: each second re-renders this alone. */
export function PhaseDisplay({ phase, context, running, sessionWakeAt }: PhaseDisplayProps) {
  const t = useT();
  const now = useNow(running, context.deadline, sessionWakeAt);
  const shownAt = Math.max(lastSecondBoundary(context.deadline, now), context.phaseStartedAt);
  return (
    <div class={`phase phase--${phase}`}>
      <p class="phase__name">
        <FixedName name={`phase.${phase}`} />
      </p>
      <Countdown seconds={secondsLeft(context, now)} />
      {phase !== 'done' && phase !== 'ended' && (
        <p class="phase__progress">
          <span>
            {t('live.progress.pull', {
              n: currentPullNumber(context, phase),
              m: estimatedPulls(context, phase),
            })}
          </span>
          <span>
            {t('live.progress.left', { time: formatDuration(sessionMsLeft(context, shownAt)) })}
          </span>
        </p>
      )}
    </div>
  );
}
