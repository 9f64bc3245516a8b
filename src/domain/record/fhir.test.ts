// The FHIR export is a valid R4 Bundle of pain Observations a clinician's system can read.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { exampleRecord, sessionRecordsArb } from './arbitraries';
import { fhirBundle, painRatingUrn } from './fhir';

// R4 dateTime (https://hl7.org/fhir/R4/datatypes.html#dateTime), with the time part required
// because an Observation's effective time here is always a moment.
const R4_DATE_TIME =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]{1,9})?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$/;

const coding = z.strictObject({
  system: z.url(),
  code: z.string().regex(/^[^\s]+( [^\s]+)*$/),
  display: z.string().min(1).optional(),
});
const codeableConcept = z.strictObject({
  coding: z.array(coding).min(1),
  text: z.string().min(1).optional(),
});

// R4 uri and uuid types (https://hl7.org/fhir/R4/datatypes.html#uri): absolute, and a urn:uuid
// in lower case.
const R4_UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const absoluteUri = z.string().regex(/^[a-z][a-z0-9+.-]*:\S+$/i, 'an absolute URI');

const r4Observation = z.strictObject({
  resourceType: z.literal('Observation'),
  // A URI as the identifier: its system is RFC 3986 and its value the URI itself.
  identifier: z
    .array(z.strictObject({ system: absoluteUri, value: z.string().min(1) }))
    .min(1)
    .refine((ids) =>
      ids.every(
        (id) => id.system !== 'urn:ietf:rfc:3986' || absoluteUri.safeParse(id.value).success,
      ),
    ),
  status: z.enum(['registered', 'preliminary', 'final', 'amended']),
  category: z.array(codeableConcept),
  code: codeableConcept.refine(
    (c) => c.coding.some((x) => x.system === 'http://loinc.org' && x.code === '72514-3'),
    'code must be LOINC 72514-3',
  ),
  subject: z.strictObject({ reference: z.string().min(1) }).optional(),
  effectiveDateTime: z
    .string()
    .regex(R4_DATE_TIME)
    .refine((s) => Number.isFinite(Date.parse(s)), 'a real date'),
  valueInteger: z.number().int().min(0).max(10),
  note: z.array(z.strictObject({ text: z.string().min(1) })),
});

const r4Bundle = z.strictObject({
  resourceType: z.literal('Bundle'),
  type: z.literal('collection'),
  entry: z
    .array(z.strictObject({ fullUrl: z.string().regex(R4_UUID), resource: r4Observation }))
    // bdl-7: fullUrl is unique in a Bundle (no entry here has a version).
    .refine((entry) => new Set(entry.map((e) => e.fullUrl)).size === entry.length, 'bdl-7'),
});

/** What a receiving system recognises a rating by: its identifier, and the entry's fullUrl. */
function identities(bundle: ReturnType<typeof fhirBundle>): string[] {
  return bundle.entry.map((e) => `${e.fullUrl} ${JSON.stringify(e.resource.identifier)}`);
}

describe('fhirBundle', () => {
  it('turns before and after pain into two final survey Observations at the right times', () => {
    const record = exampleRecord('s1', '2025-05-01T09:00:00+02:00');
    const bundle = fhirBundle([record], 'Patient/123');
    expect(r4Bundle.safeParse(bundle).error?.issues ?? []).toEqual([]);
    const [before, after] = bundle.entry.map((e) => e.resource);
    expect(bundle.entry).toHaveLength(2);
    expect(before).toMatchObject({
      status: 'final',
      valueInteger: 4,
      effectiveDateTime: '2025-05-01T07:00:00.000Z',
      subject: { reference: 'Patient/123' },
      category: [
        {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/observation-category',
              code: 'survey',
            },
          ],
        },
      ],
      code: {
        coding: [
          {
            system: 'http://loinc.org',
            code: '72514-3',
            display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
          },
        ],
      },
    });
    expect(before?.note[0]?.text).toContain('before');
    // After = start + active time (300 s): the record's best proof of how long it lasted.
    expect(after).toMatchObject({ valueInteger: 3, effectiveDateTime: '2025-05-01T07:05:00.000Z' });
    expect(after?.note[0]?.text).toContain('after');
  });

  it('names each rating the same in every export, so a receiver can tell it already has it', () => {
    const first = exampleRecord('s1', '2025-05-01T09:00:00Z');
    const second = exampleRecord('s2', '2025-05-08T09:00:00Z');
    const lastWeek = fhirBundle([first]);
    const thisWeek = fhirBundle([second, first], 'Patient/123');
    expect(identities(thisWeek).slice(2)).toEqual(identities(lastWeek));
    const [before, after] = lastWeek.entry;
    expect(before?.resource.identifier).toEqual([
      { system: 'urn:ietf:rfc:3986', value: before?.fullUrl },
    ]);
    // Before and after are two ratings; another session's are others again.
    expect(new Set(identities(thisWeek)).size).toBe(4);
    expect(after?.fullUrl).not.toBe(before?.fullUrl);
  });

  it('keeps the names of exports made by earlier versions of the app', () => {
    // Fixed values: a change here renames every rating already sent, and a receiver doubles them.
    expect(painRatingUrn('s1', 'before')).toBe('urn:uuid:b96af7c1-8f1b-51da-8ecd-4b3330be8c8e');
    expect(painRatingUrn('s1', 'after')).toBe('urn:uuid:d0f786de-b270-562f-ac41-51b16f644396');
  });

  it('places "after" at the last event when that is later than the active time', () => {
    const record = exampleRecord('s1', '2025-05-01T09:00:00Z');
    const late = { ...record, stops: [{ atMs: 400_000, trigger: 'stop' as const, reason: null }] };
    const after = fhirBundle([late]).entry[1]?.resource;
    expect(after?.effectiveDateTime).toBe('2025-05-01T09:06:40.000Z');
  });

  it('stays valid R4 when "after" would fall past year 9999 (a damaged clock): uses the start', () => {
    const record = exampleRecord('s1', '9999-12-31T23:59:00.000Z');
    const bundle = fhirBundle([record]);
    expect(r4Bundle.safeParse(bundle).success).toBe(true);
    expect(bundle.entry[1]?.resource.effectiveDateTime).toBe('9999-12-31T23:59:00.000Z');
  });

  it('leaves out ratings not given, and has no subject without a patient', () => {
    const record = { ...exampleRecord('s1', '2025-05-01T09:00:00Z'), painBefore: null };
    const bundle = fhirBundle([record]);
    expect(bundle.entry.map((e) => e.resource.valueInteger)).toEqual([3]);
    expect(bundle.entry[0]?.resource).not.toHaveProperty('subject');
  });

  it('is valid R4 for any records, with one Observation per rating given', () => {
    fc.assert(
      fc.property(sessionRecordsArb(), (records) => {
        const bundle = fhirBundle(records, 'Patient/p1');
        const result = r4Bundle.safeParse(bundle);
        expect(result.error?.issues ?? []).toEqual([]);
        expect(identities(fhirBundle(records))).toEqual(identities(bundle));
        const ratings = records.flatMap((r) =>
          [r.painBefore, r.painAfter].filter((p): p is number => p !== null),
        );
        expect(bundle.entry.map((e) => e.resource.valueInteger)).toEqual(ratings);
      }),
      { numRuns: 1000 },
    );
  });
});
