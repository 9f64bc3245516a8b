// FHIR R4 export of the pain ratings, for a clinician's system: a Bundle of Observations.
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

export interface FhirObservation {
  resourceType: 'Observation';
  status: 'final';
  category: FhirCodeableConcept[];
  code: FhirCodeableConcept;
  subject?: FhirReference;
  effectiveDateTime: string;
  valueInteger: number;
  note: FhirAnnotation[];
}

export interface FhirBundleEntry {
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

function painObservation(
  value: number,
  at: string,
  when: 'before' | 'after',
  record: SessionRecord,
  patientRef: string | undefined,
): FhirObservation {
  const observation: FhirObservation = {
    resourceType: 'Observation',
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
  return observation;
}

/** One Observation per pain rating given, before and after each session. */
export function fhirBundle(records: readonly SessionRecord[], patientRef?: string): FhirBundle {
  const entry: FhirBundleEntry[] = [];
  for (const record of records) {
    const started = fhirDateTime(Date.parse(record.startedAt));
    // Without a valid start (a session that never began) a rating cannot be placed in time.
    if (started === undefined) continue;
    if (record.painBefore !== null) {
      entry.push({
        resource: painObservation(record.painBefore, started, 'before', record, patientRef),
      });
    }
    if (record.painAfter !== null) {
      // A time past year 9999 only comes from a damaged record; the start is the honest fallback.
      const after = fhirDateTime(painAfterTime(record)) ?? started;
      entry.push({
        resource: painObservation(record.painAfter, after, 'after', record, patientRef),
      });
    }
  }
  return { resourceType: 'Bundle', type: 'collection', entry };
}
