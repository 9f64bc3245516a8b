// The order in which cues are spoken: safety first, a new phase's cue before the last phase's
// words, phase cues in turn, late countdowns dropped.
import { CUE_PRIORITY_RANK, type CuePriority } from '../domain/cues/catalogue';
import type { SessionPhase } from '../domain/session/step';
import type { Clock } from './clock';
import type { Speech } from './speech';

/**
 * A countdown number that would start later than this after it was due is dropped: "three"
 * spoken a second late tells the partner the wrong time, and silence is better than that.
 */
export const COUNTDOWN_LATE_TOLERANCE_MS = 300;

export interface SpokenCue {
  text: string;
  lang: string;
  priority: CuePriority;
  /** When the cue was due (clock ms), from the domain's effect. */
  scheduledAt: number;
  /**
   * The phase the cue speaks for, and whether it is the cue that opens it. Countdown numbers
   * have none: they count for the phase opened last.
   */
  phase?: { name: SessionPhase; opens: boolean };
}

export interface CueQueue {
  say(cue: SpokenCue): void;
  /** Silences speech and forgets every waiting cue (leaving the session, voice switched off). */
  clear(): void;
  dispose(): void;
}

interface Entry extends Omit<SpokenCue, 'phase'> {
  seq: number;
  speaksFor: SessionPhase | null;
}

function comesBefore(a: Entry, b: Entry): boolean {
  const rank = CUE_PRIORITY_RANK[a.priority] - CUE_PRIORITY_RANK[b.priority];
  return rank > 0 || (rank === 0 && a.seq < b.seq);
}

/**
 * Hands Speech one utterance at a time, so each decision (drop a late number, interrupt for a
 * safety cue or a new phase) is made at the moment speech would start, not when it was queued.
 */
export function createCueQueue(speech: Speech, clock: Clock): CueQueue {
  let seq = 0;
  let current: { id: string; entry: Entry } | null = null;
  let waiting: Entry[] = [];
  let opened: SessionPhase | null = null;

  const isLate = (entry: Entry) =>
    entry.priority === 'countdown' && clock.now() > entry.scheduledAt + COUNTDOWN_LATE_TOLERANCE_MS;

  function start(entry: Entry): void {
    const id = `cue-${entry.seq}`;
    current = { id, entry };
    speech.speak(entry.text, {
      lang: entry.lang,
      priority: entry.priority,
      scheduledAt: entry.scheduledAt,
      id,
    });
  }

  function pump(): void {
    while (!current) {
      const next = waiting.shift();
      if (!next) return;
      if (isLate(next)) continue;
      start(next);
    }
  }

  const unsubscribe = speech.onEvent((event) => {
    // Ends of utterances we already interrupted arrive late and name an older id; ignore them.
    if (event.type !== 'end' || event.id !== current?.id) return;
    current = null;
    pump();
  });

  function insert(entry: Entry): void {
    const index = waiting.findIndex((other) => comesBefore(entry, other));
    if (index === -1) waiting.push(entry);
    else waiting.splice(index, 0, entry);
  }

  function silence(): void {
    const speaking = current;
    // Forget it first: the cancelled utterance's end must not start the next cue.
    current = null;
    if (speaking) speech.cancel();
  }

  /**
   * Words for an earlier phase are out of date once a new one opens ("tap when it is a gentle
   * pull" while the partner should already hold): the one being said is cut off, unless it is a
   * safety cue, and those waiting are dropped.
   */
  function moveOnTo(phase: SessionPhase): void {
    waiting = waiting.filter((other) => other.speaksFor === phase);
    const speaking = current?.entry;
    if (speaking && speaking.priority !== 'safety' && speaking.speaksFor !== phase) silence();
  }

  return {
    say({ phase, ...cue }) {
      const entry: Entry = { ...cue, seq: seq++, speaksFor: phase?.name ?? opened };
      if (phase?.opens) opened = phase.name;
      switch (entry.priority) {
        case 'safety':
          // Whatever was waiting describes the moment before the stop; "hold" after "release"
          // would be dangerous, so it all goes. Captions still showed every cue.
          waiting = [];
          silence();
          start(entry);
          return;
        case 'countdown':
          // Only the newest number is worth saying.
          waiting = waiting.filter((other) => other.priority !== 'countdown');
          insert(entry);
          break;
        case 'phase':
          if (phase?.opens) moveOnTo(phase.name);
          insert(entry);
          break;
      }
      pump();
    },
    clear() {
      waiting = [];
      silence();
    },
    dispose() {
      waiting = [];
      silence();
      unsubscribe();
    },
  };
}
