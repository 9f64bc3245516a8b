// The six-month surgery rule and the 30-day full-screening period, on plain YYYY-MM-DD strings.
import { describe, expect, it } from 'vitest';
import {
  FULL_SCREENING_VALID_DAYS,
  fullScreeningDue,
  isValidIsoDate,
  type SurgeryDateStatus,
  screeningVerdict,
  surgeryDateStatus,
} from './verdict';

const CASES: [string, string, string, SurgeryDateStatus][] = [
  ['exactly six months → still within', '2024-01-15', '2024-07-15', 'recent'],
  ['a day under six months → within', '2024-01-15', '2024-07-14', 'recent'],
  ['a day over six months → older', '2024-01-15', '2024-07-16', 'older'],
  ['surgery today → within', '2024-06-15', '2024-06-15', 'recent'],
  ['years ago → older', '2019-05-01', '2024-06-15', 'older'],
  ['31 Aug + 6 months is 29 Feb in a leap year → within', '2023-08-31', '2024-02-29', 'recent'],
  ['31 Aug, on 1 Mar of a leap year → older', '2023-08-31', '2024-03-01', 'older'],
  ['31 Aug + 6 months is 28 Feb in a common year → within', '2022-08-31', '2023-02-28', 'recent'],
  ['31 Aug, on 1 Mar of a common year → older', '2022-08-31', '2023-03-01', 'older'],
  ['30 Aug, on 28 Feb of a leap year → within', '2023-08-30', '2024-02-28', 'recent'],
  ['29 Feb + 6 months is 29 Aug → within', '2024-02-29', '2024-08-29', 'recent'],
  ['29 Feb, on 30 Aug → older', '2024-02-29', '2024-08-30', 'older'],
  ['31 Oct + 6 months is 30 Apr across the year → within', '2023-10-31', '2024-04-30', 'recent'],
  ['31 Oct, on 1 May → older', '2023-10-31', '2024-05-01', 'older'],
  ['30 Sep, on 31 Mar → older (six months ended 30 Mar)', '2023-09-30', '2024-03-31', 'older'],
  ['a day in the future → invalid', '2024-06-16', '2024-06-15', 'future'],
  ['next year → invalid', '2025-01-01', '2024-06-15', 'future'],
  ['29 Feb of a common year → malformed', '2023-02-29', '2024-06-15', 'invalid'],
  ['29 Feb 1900 (not a leap year) → malformed', '1900-02-29', '2024-06-15', 'invalid'],
  ['31 Apr → malformed', '2024-04-31', '2024-06-15', 'invalid'],
  ['month 13 → malformed', '2024-13-01', '2024-06-15', 'invalid'],
  ['day 00 → malformed', '2024-05-00', '2024-06-15', 'invalid'],
  ['no zero padding → malformed', '2024-5-1', '2024-06-15', 'invalid'],
  ['day-first order → malformed', '01-05-2024', '2024-06-15', 'invalid'],
  ['with a time → malformed', '2024-05-01T00:00:00Z', '2024-06-15', 'invalid'],
  ['surrounding space → malformed', ' 2024-05-01', '2024-06-15', 'invalid'],
  ['empty → malformed', '', '2024-06-15', 'invalid'],
  ['a malformed today → cannot be computed', '2024-05-01', '2024-6-15', 'invalid'],
];

describe('surgeryDateStatus: the six-month rule', () => {
  it.each(CASES)('%s', (_name, surgery, today, expected) => {
    expect(surgeryDateStatus(surgery, today)).toBe(expected);
  });

  it('a missing date is invalid', () => {
    expect(surgeryDateStatus(undefined, '2024-06-15')).toBe('invalid');
  });

  it.each(CASES)('in the screening: %s', (_name, surgery, today, expected) => {
    const result = screeningVerdict({
      answers: {
        spinalInstability: false,
        weakenedBone: false,
        backSurgery: true,
        painWorseWithStretch: false,
        numbnessOrWeakness: false,
        pregnancy: false,
        saddleNumbness: false,
        bladderOrBowel: false,
        sexualDysfunction: false,
        legWeakness: false,
        cancerOrUnwell: false,
        fallOrAccident: false,
        steroidsOrImmunity: false,
        inflammatoryArthritis: false,
        aneurysmOrHernia: false,
        bloodPressureHeartLung: false,
        cannotLieFlat: false,
        ankleHoldJoints: false,
      },
      technique: 'ankleHold',
      surgeryDate: surgery,
      today,
    });
    if (expected === 'recent') {
      expect(result).toMatchObject({ outcome: 'avoid', mayStart: false, reasons: ['backSurgery'] });
    } else if (expected === 'older') {
      expect(result).toMatchObject({ outcome: 'clear', mayStart: true, reasons: [] });
    } else {
      expect(result).toMatchObject({ mayStart: false, unanswered: ['backSurgery'] });
    }
  });
});

describe('isValidIsoDate', () => {
  it('accepts real calendar days only', () => {
    expect(isValidIsoDate('2000-02-29')).toBe(true);
    expect(isValidIsoDate('2024-12-31')).toBe(true);
    expect(isValidIsoDate('2100-02-29')).toBe(false);
    expect(isValidIsoDate('2024-06-31')).toBe(false);
    expect(isValidIsoDate(20240601)).toBe(false);
    expect(isValidIsoDate(undefined)).toBe(false);
  });
});

describe('fullScreeningDue: every 30 days', () => {
  it('is 30 days', () => {
    expect(FULL_SCREENING_VALID_DAYS).toBe(30);
  });

  it.each([
    ['never screened → due', undefined, '2024-06-15', true],
    ['screened today → not due', '2024-06-15', '2024-06-15', false],
    ['29 days ago → not due', '2024-05-17', '2024-06-15', false],
    ['30 days ago → due', '2024-05-16', '2024-06-15', true],
    ['a year ago → due', '2023-06-15', '2024-06-15', true],
    ['29 days across New Year → not due', '2023-12-10', '2024-01-08', false],
    ['30 days across New Year → due', '2023-12-10', '2024-01-09', true],
    ['29 days across a leap February → not due', '2024-02-01', '2024-03-01', false],
    ['30 days across a leap February → due', '2024-02-01', '2024-03-02', true],
    ['29 days across a common February → not due', '2023-02-01', '2023-03-02', false],
    ['30 days across a common February → due', '2023-02-01', '2023-03-03', true],
    ['a date in the future (damaged record) → due', '2024-06-16', '2024-06-15', true],
    ['a malformed date → due', '2024-02-30', '2024-03-05', true],
    ['a malformed today → due', '2024-06-01', 'today', true],
  ] as const)('%s', (_name, last, today, due) => {
    expect(fullScreeningDue(last, today)).toBe(due);
  });
});
