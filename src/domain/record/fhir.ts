// FHIR R4 export of the pain ratings, for a clinician's system: a Bundle of Observations.
import { nameUuid } from './nameUuid';
import type { SessionRecord } from './sessionRecord';

// Only the parts of R4 this export uses (https://hl7.org/fhir/R4/observation.html).
export interface FhirCoding {
  system: string;
  code: string;
  display?: string;
}

export interface FhirCodeableConcept {
  coding: FhirCoding[];
  text?: string;
}

export interface FhirReference {
  reference: string;
}

export interface FhirAnnotation {
  text: string;
}

export interface FhirIdentifier {
  system: string;
  value: string;
}

export interface FhirObservation {
  resourceType: 'Observation';
  identifier: FhirIdentifier[];
  status: 'final';
  category: FhirCodeableConcept[];
  code: FhirCodeableConcept;
  subject?: FhirReference;
  effectiveDateTime: string;
  valueInteger: number;
  note: FhirAnnotation[];
}

export interface FhirBundleEntry {
  /** The same urn:uuid as the Observation's identifier. */
  fullUrl: string;
  resource: FhirObservation;
}

export interface FhirBundle {
  resourceType: 'Bundle';
  type: 'collection';
  entry: FhirBundleEntry[];
}

export const LOINC_SYSTEM = 'http://loinc.org';
export const PAIN_SEVERITY_CODE = '72514-3';
export const PAIN_SEVERITY_DISPLAY =
  'Pain severity - 0-10 verbal numeric rating [Score] - Reported';
export const OBSERVATION_CATEGORY_SYSTEM =
  'http://terminology.hl7.org/CodeSystem/observation-category';

/** The identifier system for a value that is itself a URI (R4 Identifier.system). */
export const URI_IDENTIFIER_SYSTEM = 'urn:ietf:rfc:3986';
/**
 * The namespace of the pain ratings' name-based UUIDs, chosen once at random for Tractus: never
 * change it, or every rating exported before gets a new name and a receiver stores it twice.
 */
export const PAIN_RATING_NAMESPACE = 'b877145c-7dee-4eb7-9b3d-4fa70dc27aad';

type RatingWhen = 'before' | 'after';

/**
 * A rating's name in every export: derived from its session and when it was given, so this week's
 * export names last week's ratings as last week's did, and a receiver can tell it has them.
 */
export function painRatingUrn(sessionId: string, when: RatingWhen): string {
  return `urn:uuid:${nameUuid(PAIN_RATING_NAMESPACE, JSON.stringify([sessionId, when]))}`;
}

/** 9999-12-31T23:59:59.999Z: FHIR dateTime has four-digit years. */
const LAST_FHIR_MS = 253402300799999;

function fhirDateTime(ms: number): string | undefined {
  return Number.isFinite(ms) && ms >= 0 && ms <= LAST_FHIR_MS
    ? new Date(ms).toISOString()
    : undefined;
}

/**
 * A record has no end time, so "after" is the latest moment it proves the session lasted to:
 * the start plus the larger of the active time and the last pull event or stop. The real end
 * (pauses, the after-questions) is a little later.
 */
export function painAfterTime(record: SessionRecord): number {
  // A loop, not Math.max(...all): an imported record may hold more events than a call takes.
  let lastEvent = 0;
  for (const pull of record.pulls) {
    for (const event of pull.events) lastEvent = Math.max(lastEvent, event.atMs);
  }
  for (const stop of record.stops) lastEvent = Math.max(lastEvent, stop.atMs);
  return Date.parse(record.startedAt) + Math.max(record.totals.activeMs, lastEvent);
}

function painEntry(
  value: number,
  at: string,
  when: RatingWhen,
  record: SessionRecord,
  patientRef: string | undefined,
): FhirBundleEntry {
  const urn = painRatingUrn(record.id, when);
  const observation: FhirObservation = {
    resourceType: 'Observation',
    identifier: [{ system: URI_IDENTIFIER_SYSTEM, value: urn }],
    status: 'final',
    category: [
      {
        coding: [{ system: OBSERVATION_CATEGORY_SYSTEM, code: 'survey', display: 'Survey' }],
      },
    ],
    code: {
      coding: [{ system: LOINC_SYSTEM, code: PAIN_SEVERITY_CODE, display: PAIN_SEVERITY_DISPLAY }],
      text: 'Pain severity (0-10)',
    },
    effectiveDateTime: at,
    valueInteger: value,
    note: [
      {
        text: `Reported ${when} a partner-assisted traction session (Tractus session ${record.id}).`,
      },
    ],
  };
  if (patientRef !== undefined) observation.subject = { reference: patientRef };
  return { fullUrl: urn, resource: observation };
}

/**
 * One Observation per pain rating given, before and after each session; records have unique ids
 * (the store keys them by id), so each entry's fullUrl is unique in the Bundle.
 */
export function fhirBundle(records: readonly SessionRecord[], patientRef?: string): FhirBundle {
  const entry: FhirBundleEntry[] = [];
  for (const record of records) {
    const started = fhirDateTime(Date.parse(record.startedAt));
    // Without a valid start (a session that never began) a rating cannot be placed in time.
    if (started === undefined) continue;
    if (record.painBefore !== null) {
      entry.push(painEntry(record.painBefore, started, 'before', record, patientRef));
    }
    if (record.painAfter !== null) {
      // A time past year 9999 only comes from a damaged record; the start is the honest fallback.
      const after = fhirDateTime(painAfterTime(record)) ?? started;
      entry.push(painEntry(record.painAfter, after, 'after', record, patientRef));
    }
  }
  return { resourceType: 'Bundle', type: 'collection', entry };
}
