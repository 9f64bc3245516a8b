// The order in which cues are spoken: safety first, phase cues in turn, late countdowns dropped.
import { CUE_PRIORITY_RANK, type CuePriority } from '../domain/cues/catalogue';
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
}

export interface CueQueue {
  say(cue: SpokenCue): void;
  /** Silences speech and forgets every waiting cue (leaving the session, voice switched off). */
  clear(): void;
  dispose(): void;
}

interface Entry extends SpokenCue {
  seq: number;
}

function comesBefore(a: Entry, b: Entry): boolean {
  const rank = CUE_PRIORITY_RANK[a.priority] - CUE_PRIORITY_RANK[b.priority];
  return rank > 0 || (rank === 0 && a.seq < b.seq);
}

/**
 * Hands Speech one utterance at a time, so each decision (drop a late number, interrupt for a
 * safety cue) is made at the moment speech would start, not when the cue was queued.
 */
export function createCueQueue(speech: Speech, clock: Clock): CueQueue {
  let seq = 0;
  let current: { id: string; entry: Entry } | null = null;
  let waiting: Entry[] = [];

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

  return {
    say(cue) {
      const entry: Entry = { ...cue, seq: seq++ };
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
