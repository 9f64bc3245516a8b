// The session record of PRODUCT.md "Data", built from what the session machine actually did.
import type { DiscomfortLocation } from '../adaptation/discomfort';
import type { Rating } from '../adaptation/rating';
import type { Plan } from '../plan/plan';
import type { StopReason } from '../screening/stopReasons';
import { stopReasonOutcome } from '../screening/stopReasons';
import type {
  PullEventType,
  PullLog,
  ReleaseReason,
  SessionContext,
  SessionEnd,
  StopTrigger,
} from '../session/context';

export const RECORD_SCHEMA_VERSION = 1;

/** The longest note the summary takes (UTF-16 units, as a text field counts); an import too. */
export const NOTE_MAX_LENGTH = 2000;

/** The longest stop word and own physical signal the agreement takes; an import too. */
export const STOP_WORD_MAX_LENGTH = 40;
export const SIGNAL_MAX_LENGTH = 120;

export type RecordEnd = SessionEnd | 'interrupted';

export interface PullRecord {
  index: number;
  rampMs: number;
  confirmed: boolean;
  targetHoldMs: number;
  holdMs: number;
  releaseMs: number;
  releaseReason: ReleaseReason | null;
  /** How long the app was not running past a deadline (device asleep) before it released. */
  lateByMs: number;
  rating: Rating | null;
  discomfort: DiscomfortLocation[];
  /** Times are ms from the start of the session. */
  events: { type: PullEventType; atMs: number }[];
}

export interface StopRecord {
  atMs: number;
  trigger: StopTrigger;
  reason: StopReason | null;
}

export interface StopSignal {
  word: string;
  physical: string;
}

export interface ScreeningSummary {
  outcome: 'clear' | 'askFirst';
  /** The date a health professional's agreement was recorded, for an ask-first outcome. */
  professionalConfirmedOn: string | null;
}

export interface SessionTotals {
  pulls: number;
  /** From the start of each lean-back to the end of its release. */
  tractionMs: number;
  longestHoldMs: number;
  /** Session time, pauses and stop checks excluded. */
  activeMs: number;
}

export interface SessionRecord {
  schemaVersion: typeof RECORD_SCHEMA_VERSION;
  id: string;
  startedAt: string;
  plan: Plan;
  screening: ScreeningSummary;
  stopSignal: StopSignal;
  painBefore: number | null;
  painAfter: number | null;
  pulls: PullRecord[];
  stops: StopRecord[];
  redFlags: StopReason[];
  notes: string;
  end: RecordEnd | null;
  totals: SessionTotals;
}

export interface RecordDetails {
  id: string;
  screening: ScreeningSummary;
  stopSignal: StopSignal;
  painBefore: number | null;
  painAfter: number | null;
  notes: string;
}

function pullRecord(pull: PullLog, origin: number, lastSeen: number): PullRecord {
  const holdStart = pull.holdStartedAt;
  const releaseStart = pull.releaseStartedAt ?? lastSeen;
  const releaseEnd = pull.releaseEndedAt ?? (pull.releaseStartedAt === null ? null : lastSeen);
  return {
    index: pull.index,
    rampMs: Math.max(0, (holdStart ?? releaseStart) - pull.rampStartedAt),
    confirmed: pull.confirmed,
    targetHoldMs: pull.targetHoldMs,
    holdMs: holdStart === null ? 0 : Math.max(0, releaseStart - holdStart),
    releaseMs: releaseEnd === null ? 0 : Math.max(0, releaseEnd - releaseStart),
    releaseReason: pull.releaseReason,
    lateByMs: pull.lateByMs,
    rating: pull.rating,
    discomfort: [...pull.discomfort],
    events: pull.events.map((e) => ({ type: e.type, atMs: e.at - origin })),
  };
}

/** Builds the record from the machine's context; `lastSeen` is the latest clock time known. */
export function buildRecord(
  context: SessionContext,
  details: RecordDetails,
  lastSeen: number = context.phaseStartedAt,
): SessionRecord {
  const origin = context.startedAt ?? 0;
  const pulls = context.pulls.map((p) => pullRecord(p, origin, lastSeen));
  const stops = context.stops.map((s) => ({
    atMs: s.at - origin,
    trigger: s.trigger,
    reason: s.reason,
  }));
  const redFlags = redFlagsOf(stops);
  const activeMs =
    context.activeBeforeMs +
    (context.activeSince === null ? 0 : Math.max(0, lastSeen - context.activeSince));
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    id: details.id,
    startedAt: context.startedAtWall ?? '',
    plan: { ...context.plan },
    screening: { ...details.screening },
    stopSignal: { ...details.stopSignal },
    painBefore: details.painBefore,
    painAfter: details.painAfter,
    pulls,
    stops,
    redFlags,
    notes: details.notes,
    end: context.end,
    totals: {
      pulls: pulls.length,
      ...pullTotals(pulls),
      activeMs,
    },
  };
}

/** The reasons given for stopping that are warning signs, in the order they were given. */
/** The totals that follow from the pulls; a stored record is checked against them too. */
export function pullTotals(
  pulls: readonly PullRecord[],
): Pick<SessionTotals, 'tractionMs' | 'longestHoldMs'> {
  return {
    tractionMs: pulls.reduce((sum, p) => sum + p.rampMs + p.holdMs + p.releaseMs, 0),
    longestHoldMs: pulls.reduce((max, p) => Math.max(max, p.holdMs), 0),
  };
}

export function redFlagsOf(stops: readonly StopRecord[]): StopReason[] {
  return stops
    .map((s) => s.reason)
    .filter((r): r is StopReason => r !== null)
    .filter((r) => {
      const outcome = stopReasonOutcome(r);
      return outcome === 'redFlag' || outcome === 'urgent';
    });
}
