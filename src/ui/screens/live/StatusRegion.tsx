// The live region: announces each milestone (a new phase), never the seconds ticking by.
import type { SessionContext } from '../../../domain/session/context';
import type { SessionPhase } from '../../../domain/session/step';
import { FixedName, FixedNamesMarked } from '../../components/FixedName';
import { useT } from '../../i18n/translate';
import { currentPullNumber } from './progress';

export interface StatusRegionProps {
  phase: SessionPhase;
  context: SessionContext;
}

/** Starts with the phase's fixed name (Get ready, Ramp, Hold, …), then what it asks for. */
function StatusText({
  phase,
  context,
}: StatusRegionProps & { phase: Exclude<SessionPhase, 'idle'> }) {
  const t = useT();
  // Done by the receiver's choice is an end, not a completion: "Done — the session has ended."
  const wording = phase === 'done' && context.end === 'receiverEnded' ? 'ended' : phase;
  const n = currentPullNumber(context, phase);
  return (
    <>
      <FixedName name={`phase.${phase}`} />
      {' — '}
      {/* Paused names the Resume button, marked English as the button itself is. */}
      <FixedNamesMarked text={t(`live.status.${wording}`, { n, resume: t('button.resume') })} />
    </>
  );
}

export function StatusRegion(props: StatusRegionProps) {
  return (
    <div role="status" class="visually-hidden">
      {props.phase !== 'idle' && <StatusText phase={props.phase} context={props.context} />}
    </div>
  );
}
