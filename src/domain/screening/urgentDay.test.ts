// No session on the day of an urgent outcome (SAFETY.md section 1), whatever is answered then.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Technique } from '../plan/plan';
import { PRE_SESSION_QUESTIONS } from './preSessionCheck';
import { fullScreeningQuestionsFor, QUESTION_IDS } from './questions';
import { endsWithUrgentSign, STOP_REASONS, type StopReason } from './stopReasons';
import {
  type CheckHistory,
  dayBarsSession,
  preSessionVerdict,
  type ScreeningAnswers,
  type ScreeningResult,
  screeningVerdict,
  urgentDayNeedsCheck,
} from './verdict';

const TODAY = '2024-06-15';

function allNo(questions: readonly { id: keyof ScreeningAnswers }[]): ScreeningAnswers {
  const answers: ScreeningAnswers = {};
  for (const question of questions) answers[question.id] = false;
  return answers;
}

const AVOID_TODAY: ScreeningResult = {
  outcome: 'avoidToday',
  mayStart: false,
  reasons: [],
  unanswered: [],
  needsConfirmation: false,
};

const URGENT_TODAY: ScreeningResult = {
  outcome: 'urgentToday',
  mayStart: false,
  reasons: [],
  unanswered: [],
  needsConfirmation: false,
};

const FULL_NO = allNo(fullScreeningQuestionsFor());
const SHORT_NO = allNo(PRE_SESSION_QUESTIONS);

/** Any answers, with every answer No (the likeliest to start) given a good share of the runs. */
const ANY_ANSWERS = fc.oneof(
  fc.dictionary(
    fc.constantFrom(...QUESTION_IDS),
    fc.oneof(fc.boolean(), fc.constant(undefined)),
  ) as fc.Arbitrary<ScreeningAnswers>,
  fc.constant(FULL_NO),
  fc.constant(SHORT_NO),
);

/** A check's own answers and confirmation, and the warning signs of the last session. */
const GENERATED = fc.record({
  answers: ANY_ANSWERS,
  technique: fc.constantFrom<Technique | undefined>('ankleHold', 'pelvicBelt', undefined),
  surgeryDate: fc.constantFrom('2024-03-01', '2020-01-01', 'bad', undefined),
  confirmedOn: fc.constantFrom(TODAY, '2024-06-01', undefined),
  lastRedFlags: fc.subarray<StopReason>([...STOP_REASONS]),
});

const PAST_DAY = fc.constantFrom('2024-06-14', '2024-01-01', '2019-12-31');

/** Either check's input today from what was generated, with more history on top. */
function checkInput(
  { confirmedOn, ...rest }: typeof GENERATED extends fc.Arbitrary<infer T> ? T : never,
  history: CheckHistory = {},
) {
  return {
    ...rest,
    ...history,
    today: TODAY,
    ...(confirmedOn ? { professionalConfirmation: { confirmedOn } } : {}),
  };
}

describe('dayBarsSession: the local calendar day, as written YYYY-MM-DD', () => {
  it.each<[string, string | undefined, string, boolean]>([
    ['no urgent outcome ever', undefined, '2024-06-15', false],
    ['urgent today', '2024-06-15', '2024-06-15', true],
    ['urgent yesterday', '2024-06-14', '2024-06-15', false],
    ['urgent a year ago', '2023-06-15', '2024-06-15', false],
    ['the last day of a month, on the first of the next', '2024-05-31', '2024-06-01', false],
    ['New Year’s Eve, on New Year’s Day', '2024-12-31', '2025-01-01', false],
    ['28 Feb, on 29 Feb of a leap year', '2024-02-28', '2024-02-29', false],
    ['29 Feb, the same day', '2024-02-29', '2024-02-29', true],
    // An earlier time zone or a clock turned back: the urgent day has not passed here yet.
    ['a day after today', '2024-06-16', '2024-06-15', true],
    ['a date that cannot be read (damaged record)', '2024-6-15', '2024-06-15', true],
    ['a today that cannot be read', '2024-06-14', 'not a date', true],
  ])('%s → barred: %s', (_case, lastUrgentOn, today, barred) => {
    expect(dayBarsSession(lastUrgentOn, today)).toBe(barred);
  });
});

describe('the verdicts on the day of an urgent outcome', () => {
  it('full screening: all No on the same day → urgent today, no session', () => {
    const answers = FULL_NO;
    expect(screeningVerdict({ answers, today: TODAY })).toMatchObject({ mayStart: true });
    expect(screeningVerdict({ answers, today: TODAY, lastUrgentOn: TODAY })).toEqual(URGENT_TODAY);
  });

  it('pre-session check: all No on the same day → urgent today, no session', () => {
    const answers = SHORT_NO;
    expect(preSessionVerdict({ answers, today: TODAY, lastUrgentOn: TODAY })).toEqual(URGENT_TODAY);
  });

  it('a professional’s confirmation given today does not lift it', () => {
    const answers = { ...FULL_NO, cannotLieFlat: true };
    const confirmation = { confirmedOn: TODAY };
    expect(
      screeningVerdict({
        answers,
        today: TODAY,
        lastUrgentOn: TODAY,
        professionalConfirmation: confirmation,
      }),
    ).toEqual(URGENT_TODAY);
  });

  it('the next day, all No still needs a professional’s agreement given after the urgent day', () => {
    const full = FULL_NO;
    const short = SHORT_NO;
    const askFirst = {
      outcome: 'askFirst',
      mayStart: false,
      reasons: [],
      needsConfirmation: true,
      urgentEarlierOn: TODAY,
    };
    const nextDay = { today: '2024-06-16', lastUrgentOn: TODAY };
    expect(screeningVerdict({ answers: full, ...nextDay })).toMatchObject(askFirst);
    expect(preSessionVerdict({ answers: short, ...nextDay })).toMatchObject(askFirst);
    // An agreement recorded on the urgent day itself, or before it, is not one given since.
    for (const before of [TODAY, '2024-06-01']) {
      const earlier = { ...nextDay, lastProfessionalConfirmedOn: before };
      expect(preSessionVerdict({ answers: short, ...earlier })).toMatchObject(askFirst);
    }
  });

  it('the next day, the agreement given in the check lets it start, and is not asked again', () => {
    const short = SHORT_NO;
    const nextDay = { answers: short, today: '2024-06-16', lastUrgentOn: TODAY };
    expect(
      preSessionVerdict({ ...nextDay, professionalConfirmation: { confirmedOn: '2024-06-16' } }),
    ).toMatchObject({ outcome: 'askFirst', mayStart: true, needsConfirmation: false });
    const later = { ...nextDay, today: '2024-06-20', lastProfessionalConfirmedOn: '2024-06-16' };
    expect(preSessionVerdict(later)).toEqual({
      outcome: 'clear',
      mayStart: true,
      reasons: [],
      unanswered: [],
      needsConfirmation: false,
    });
    expect(screeningVerdict({ ...later, answers: FULL_NO })).toMatchObject({
      outcome: 'clear',
      mayStart: true,
    });
  });

  it('the next day, an avoid answer still wins over the urgent day’s ask first', () => {
    const answers = { ...SHORT_NO, pregnancy: true };
    expect(preSessionVerdict({ answers, today: '2024-06-16', lastUrgentOn: TODAY })).toMatchObject({
      outcome: 'avoid',
      mayStart: false,
      reasons: ['pregnancy'],
    });
  });

  it('an unreadable agreement date is no agreement; no urgent day needs none', () => {
    const short = SHORT_NO;
    expect(urgentDayNeedsCheck('2024-06-14', 'not a date', TODAY)).toBe(true);
    expect(urgentDayNeedsCheck('2024-06-14', '2024-06-15', TODAY)).toBe(false);
    expect(urgentDayNeedsCheck(undefined, undefined, TODAY)).toBe(false);
    expect(preSessionVerdict({ answers: short, today: TODAY })).toMatchObject({ outcome: 'clear' });
  });

  it('the next day, an urgent sign answered again is urgent again, with its reason', () => {
    const answers = { ...SHORT_NO, legWeakness: true };
    expect(preSessionVerdict({ answers, today: '2024-06-16', lastUrgentOn: TODAY })).toMatchObject({
      outcome: 'urgent',
      mayStart: false,
      reasons: ['legWeakness'],
    });
  });
});

describe('no answers reach a session on an urgent day (H1)', () => {
  // The same day, or a later one (an earlier time zone, a clock turned back).
  const urgentDay = fc.constantFrom(TODAY, '2024-06-16', '2025-01-01');

  it('neither check lets a session start, and both say urgent today', () => {
    fc.assert(
      fc.property(GENERATED, urgentDay, (generated, lastUrgentOn) => {
        const input = checkInput(generated, { lastUrgentOn });
        expect(screeningVerdict(input)).toEqual(URGENT_TODAY);
        expect(preSessionVerdict(input)).toEqual(URGENT_TODAY);
      }),
      { numRuns: 1000 },
    );
  });

  it('an urgent day already past, with an agreement given since, changes nothing the answers decide', () => {
    fc.assert(
      fc.property(GENERATED, PAST_DAY, (generated, lastUrgentOn) => {
        const plain = checkInput(generated);
        const since = checkInput(generated, { lastUrgentOn, lastProfessionalConfirmedOn: TODAY });
        expect(screeningVerdict(since)).toEqual(screeningVerdict(plain));
        expect(preSessionVerdict(since)).toEqual(preSessionVerdict(plain));
      }),
      { numRuns: 1000 },
    );
  });

  it('an urgent day already past, with no agreement since, starts nothing without one today (H1)', () => {
    const stale = fc.constantFrom(undefined, '2019-06-01', 'bad');
    fc.assert(
      fc.property(GENERATED, PAST_DAY, stale, (generated, lastUrgentOn, agreedOn) => {
        const input = checkInput(generated, {
          lastUrgentOn,
          ...(agreedOn ? { lastProfessionalConfirmedOn: agreedOn } : {}),
        });
        for (const verdict of [screeningVerdict(input), preSessionVerdict(input)]) {
          if (verdict.mayStart) expect(generated.confirmedOn).toBe(TODAY);
          expect(verdict.outcome).not.toBe('clear');
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('endsWithUrgentSign: which session endings keep the urgent day', () => {
  it.each(STOP_REASONS.map((reason) => [reason, reason === 'urgentSign'] as const))(
    'a session that ended on %s → %s',
    (reason, urgent) => {
      expect(endsWithUrgentSign([reason])).toBe(urgent);
    },
  );

  it('no warning sign → no urgent day; an urgent sign among others → an urgent day', () => {
    expect(endsWithUrgentSign([])).toBe(false);
    expect(endsWithUrgentSign(['dizziness', 'urgentSign'])).toBe(true);
  });
});

describe('the day of an avoid outcome', () => {
  const avoidToday = { on: TODAY, reasons: ['pregnancy' as const] };

  it('stands all day with its reasons, whatever is answered, in either check', () => {
    const expected = { ...AVOID_TODAY, reasons: ['pregnancy'] };
    expect(screeningVerdict({ answers: FULL_NO, today: TODAY, lastAvoid: avoidToday })).toEqual(
      expected,
    );
    expect(preSessionVerdict({ answers: SHORT_NO, today: TODAY, lastAvoid: avoidToday })).toEqual(
      expected,
    );
  });

  it('an urgent day comes first; the next day the answers decide again', () => {
    const short = SHORT_NO;
    expect(
      preSessionVerdict({
        answers: short,
        today: TODAY,
        lastAvoid: avoidToday,
        lastUrgentOn: TODAY,
      }),
    ).toMatchObject({ outcome: 'urgentToday' });
    expect(
      preSessionVerdict({ answers: short, today: '2024-06-16', lastAvoid: avoidToday }),
    ).toMatchObject({ outcome: 'clear', mayStart: true });
  });

  it('whatever is answered or confirmed, both checks give the avoid outcome again (H1)', () => {
    // Today, or a later or unreadable day (a clock turned back, a damaged record).
    const avoidDay = fc.constantFrom(TODAY, '2024-06-16', 'not a date');
    fc.assert(
      fc.property(GENERATED, avoidDay, (generated, on) => {
        const input = checkInput(generated, { lastAvoid: { on, reasons: ['weakenedBone'] } });
        const expected = { ...AVOID_TODAY, reasons: ['weakenedBone'] };
        expect(screeningVerdict(input)).toEqual(expected);
        expect(preSessionVerdict(input)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
