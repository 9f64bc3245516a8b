// A stop the app closed on before "why did you stop?" was answered is asked about after recovery.
import type { StopReason } from '../screening/stopReasons';
import { redFlagsOf, type SessionRecord } from './sessionRecord';
import { hasUnansweredStop } from './unansweredStop';

/** The record with the reason for its unanswered stop; its warning signs follow from it. */
export function withRecoveredStopReason(record: SessionRecord, reason: StopReason): SessionRecord {
  if (!hasUnansweredStop(record)) return record;
  const stops = record.stops.map((stop, index) =>
    index === record.stops.length - 1 ? { ...stop, reason } : stop,
  );
  return { ...record, stops, redFlags: redFlagsOf(stops) };
}
