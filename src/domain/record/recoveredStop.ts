// A stop the app closed on before "why did you stop?" was answered is asked about after recovery.
import { type DiscomfortLocation, joinPlaces } from '../adaptation/discomfort';
import type { StopReason } from '../screening/stopReasons';
import { redFlagsOf, type SessionRecord } from './sessionRecord';
import { hasUnansweredStop } from './unansweredStop';

/**
 * The record with the reason for its unanswered stop; its warning signs follow from it. Where a
 * stop for discomfort was felt joins the last pull's places, as it does in a live session.
 */
export function withRecoveredStopReason(
  record: SessionRecord,
  reason: StopReason,
  discomfort: readonly DiscomfortLocation[] = [],
): SessionRecord {
  if (!hasUnansweredStop(record)) return record;
  const stops = record.stops.map((stop, index) =>
    index === record.stops.length - 1 ? { ...stop, reason } : stop,
  );
  const last = record.pulls.length - 1;
  const said = reason === 'discomfort' ? discomfort : [];
  const pulls =
    said.length === 0 || last < 0
      ? record.pulls
      : record.pulls.map((pull, index) =>
          index === last ? { ...pull, discomfort: joinPlaces(pull.discomfort, said) } : pull,
        );
  return { ...record, stops, pulls, redFlags: redFlagsOf(stops) };
}
