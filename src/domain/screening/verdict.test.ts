// The full-screening gate: what a user sees (outcome, may start, reasons) for every answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Technique } from '../plan/plan';
import {
  FULL_SCREENING_QUESTIONS,
  type FullScreeningQuestionId,
  fullScreeningQuestionsFor,
  type QuestionOutcome,
} from './questions';
import { type ScreeningAnswers, type ScreeningInput, screeningVerdict } from './verdict';

const TODAY = '2024-06-15';
const RECENT_SURGERY = '2024-03-01';
const OLD_SURGERY = '2023-01-10';

function allNo(technique?: Technique): ScreeningAnswers {
  const answers: ScreeningAnswers = {};
  for (const question of fullScreeningQuestionsFor(technique)) answers[question.id] = false;
  return answers;
}

function verdictFor(overrides: Partial<ScreeningInput> = {}) {
  return screeningVerdict({
    answers: allNo(overrides.technique),
    today: TODAY,
    ...overrides,
  });
}

/** Written out from SAFETY.md, not read from the catalogue, so a changed outcome fails here. */
const EXPECTED: [FullScreeningQuestionId, QuestionOutcome, Technique?][] = [
  ['spinalInstability', 'avoid'],
  ['weakenedBone', 'avoid'],
  ['backSurgery', 'avoid'],
  ['painWorseWithStretch', 'avoid'],
  ['numbnessOrWeakness', 'avoid'],
  ['pregnancy', 'avoid'],
  ['saddleNumbness', 'urgent'],
  ['bladderOrBowel', 'urgent'],
  ['sexualDysfunction', 'urgent'],
  ['legWeakness', 'urgent'],
  ['cancerOrUnwell', 'askFirst'],
  ['fallOrAccident', 'askFirst'],
  ['steroidsOrImmunity', 'askFirst'],
  ['inflammatoryArthritis', 'askFirst'],
  ['aneurysmOrHernia', 'askFirst'],
  ['bloodPressureHeartLung', 'askFirst'],
  ['cannotLieFlat', 'askFirst'],
  ['ankleHoldJoints', 'askFirst', 'ankleHold'],
  ['pelvicBeltHipGroin', 'askFirst', 'pelvicBelt'],
];

function yesTo(id: FullScreeningQuestionId, technique?: Technique): Partial<ScreeningInput> {
  return {
    technique,
    answers: { ...allNo(technique), [id]: true },
    ...(id === 'backSurgery' ? { surgeryDate: RECENT_SURGERY } : {}),
  };
}

describe('screeningVerdict: each question on its own', () => {
  it('covers every question of the full questionnaire', () => {
    expect(EXPECTED.map(([id]) => id).sort()).toEqual(
      FULL_SCREENING_QUESTIONS.map((question) => question.id).sort(),
    );
  });

  it('all answers no → clear, may start', () => {
    expect(verdictFor()).toEqual({
      outcome: 'clear',
      mayStart: true,
      reasons: [],
      unanswered: [],
      needsConfirmation: false,
    });
  });

  it.each(EXPECTED)('yes to %s → %s', (id, outcome, technique) => {
    const result = verdictFor(yesTo(id, technique));
    expect(result.outcome).toBe(outcome);
    expect(result.reasons).toEqual([id]);
    expect(result.unanswered).toEqual([]);
    expect(result.mayStart).toBe(false);
    expect(result.needsConfirmation).toBe(outcome === 'askFirst');
  });

  it.each(EXPECTED)('yes to %s with a professional confirmation', (id, outcome, technique) => {
    const result = verdictFor({
      ...yesTo(id, technique),
      professionalConfirmation: { confirmedOn: TODAY },
    });
    expect(result.outcome).toBe(outcome);
    expect(result.reasons).toEqual([id]);
    // Only ask-first can be lifted by a confirmation; avoid and urgent have no override.
    expect(result.mayStart).toBe(outcome === 'askFirst');
    expect(result.needsConfirmation).toBe(false);
  });
});

describe('screeningVerdict: ask first and the professional confirmation', () => {
  const askFirst = yesTo('cannotLieFlat');

  it('without a confirmation the user may not start', () => {
    const result = verdictFor(askFirst);
    expect(result).toMatchObject({ outcome: 'askFirst', mayStart: false, needsConfirmation: true });
  });

  it('a confirmation given today lets the user start', () => {
    const result = verdictFor({ ...askFirst, professionalConfirmation: { confirmedOn: TODAY } });
    expect(result).toMatchObject({ outcome: 'askFirst', mayStart: true, needsConfirmation: false });
  });

  it('a confirmation 29 days old still counts (same screening period)', () => {
    const result = verdictFor({
      ...askFirst,
      professionalConfirmation: { confirmedOn: '2024-05-17' },
    });
    expect(result.mayStart).toBe(true);
  });

  it('a confirmation 30 days old belongs to an expired screening and does not count', () => {
    const result = verdictFor({
      ...askFirst,
      professionalConfirmation: { confirmedOn: '2024-05-16' },
    });
    expect(result).toMatchObject({ mayStart: false, needsConfirmation: true });
  });

  it('a confirmation dated in the future does not count', () => {
    const result = verdictFor({
      ...askFirst,
      professionalConfirmation: { confirmedOn: '2024-06-16' },
    });
    expect(result).toMatchObject({ mayStart: false, needsConfirmation: true });
  });

  it('a malformed confirmation date does not count', () => {
    const result = verdictFor({
      ...askFirst,
      professionalConfirmation: { confirmedOn: '15/06/2024' },
    });
    expect(result).toMatchObject({ mayStart: false, needsConfirmation: true });
  });

  it('a confirmation does not lift an avoid answered alongside', () => {
    const result = verdictFor({
      answers: { ...allNo(), cannotLieFlat: true, pregnancy: true },
      professionalConfirmation: { confirmedOn: TODAY },
    });
    expect(result).toMatchObject({ outcome: 'avoid', mayStart: false, reasons: ['pregnancy'] });
  });
});

describe('screeningVerdict: technique-specific questions', () => {
  it('the ankle-hold question counts for the ankle hold', () => {
    const result = verdictFor({
      technique: 'ankleHold',
      answers: { ...allNo('ankleHold'), ankleHoldJoints: true },
    });
    expect(result).toMatchObject({ outcome: 'askFirst', reasons: ['ankleHoldJoints'] });
  });

  it('the ankle-hold question does not count for the pelvic belt', () => {
    const result = verdictFor({
      technique: 'pelvicBelt',
      answers: { ...allNo('pelvicBelt'), ankleHoldJoints: true },
    });
    expect(result).toMatchObject({ outcome: 'clear', mayStart: true, reasons: [] });
  });

  it('the pelvic-belt question counts for the pelvic belt', () => {
    const result = verdictFor({
      technique: 'pelvicBelt',
      answers: { ...allNo('pelvicBelt'), pelvicBeltHipGroin: true },
    });
    expect(result).toMatchObject({ outcome: 'askFirst', reasons: ['pelvicBeltHipGroin'] });
  });

  it('the pelvic-belt question does not count for the ankle hold', () => {
    const result = verdictFor({
      technique: 'ankleHold',
      answers: { ...allNo('ankleHold'), pelvicBeltHipGroin: true },
    });
    expect(result).toMatchObject({ outcome: 'clear', mayStart: true, reasons: [] });
  });

  it('with no technique chosen yet, both technique questions count', () => {
    const ankle = verdictFor({ answers: { ...allNo(), ankleHoldJoints: true } });
    const belt = verdictFor({ answers: { ...allNo(), pelvicBeltHipGroin: true } });
    expect(ankle).toMatchObject({ outcome: 'askFirst', reasons: ['ankleHoldJoints'] });
    expect(belt).toMatchObject({ outcome: 'askFirst', reasons: ['pelvicBeltHipGroin'] });
  });

  it('the other technique’s question need not be answered', () => {
    const answers = allNo('pelvicBelt');
    expect(answers.ankleHoldJoints).toBeUndefined();
    expect(verdictFor({ technique: 'pelvicBelt', answers })).toMatchObject({
      mayStart: true,
      unanswered: [],
    });
  });

  it('with no technique chosen, both technique questions must be answered', () => {
    const { pelvicBeltHipGroin: _, ...answers } = allNo();
    const result = verdictFor({ answers });
    expect(result).toMatchObject({ mayStart: false, unanswered: ['pelvicBeltHipGroin'] });
  });
});

describe('screeningVerdict: unanswered questions block the start', () => {
  it('no answers at all → may not start, every question listed', () => {
    const result = verdictFor({ answers: {} });
    expect(result.mayStart).toBe(false);
    expect(result.outcome).toBe('clear');
    expect(result.unanswered).toEqual(FULL_SCREENING_QUESTIONS.map((question) => question.id));
  });

  it.each(EXPECTED)('leaving %s unanswered blocks the start', (id, _outcome, technique) => {
    const answers = allNo(technique);
    delete answers[id];
    const result = verdictFor({ technique, answers });
    expect(result).toMatchObject({ outcome: 'clear', mayStart: false, unanswered: [id] });
  });

  it('an answer that is not a boolean (damaged storage) counts as unanswered', () => {
    const answers = { ...allNo(), pregnancy: 'no' } as unknown as ScreeningAnswers;
    expect(verdictFor({ answers })).toMatchObject({ mayStart: false, unanswered: ['pregnancy'] });
  });

  it('a confirmed ask-first with a question still open may not start', () => {
    const { pregnancy: _, ...answers } = { ...allNo(), cannotLieFlat: true };
    const result = verdictFor({ answers, professionalConfirmation: { confirmedOn: TODAY } });
    expect(result).toMatchObject({
      outcome: 'askFirst',
      mayStart: false,
      unanswered: ['pregnancy'],
    });
  });

  it('an urgent yes is reported even while other questions are open', () => {
    const result = verdictFor({ answers: { bladderOrBowel: true } });
    expect(result).toMatchObject({
      outcome: 'urgent',
      mayStart: false,
      reasons: ['bladderOrBowel'],
    });
  });
});

describe('screeningVerdict: back surgery and its date', () => {
  const surgery = (surgeryDate?: string) =>
    verdictFor({ answers: { ...allNo(), backSurgery: true }, surgeryDate });

  it('recent surgery → avoid', () => {
    expect(surgery(RECENT_SURGERY)).toMatchObject({
      outcome: 'avoid',
      mayStart: false,
      reasons: ['backSurgery'],
    });
  });

  it('surgery more than six months ago → no concern from that question', () => {
    expect(surgery(OLD_SURGERY)).toMatchObject({ outcome: 'clear', mayStart: true, reasons: [] });
  });

  it('yes without a date → the question is not fully answered', () => {
    expect(surgery(undefined)).toMatchObject({ mayStart: false, unanswered: ['backSurgery'] });
  });

  it('a date in the future is invalid → not answered, may not start', () => {
    expect(surgery('2024-06-16')).toMatchObject({ mayStart: false, unanswered: ['backSurgery'] });
  });

  it('a malformed date is invalid → not answered, may not start', () => {
    expect(surgery('2024-02-30')).toMatchObject({ mayStart: false, unanswered: ['backSurgery'] });
    expect(surgery('last March')).toMatchObject({ mayStart: false, unanswered: ['backSurgery'] });
  });

  it('no surgery → a leftover date is ignored', () => {
    const result = verdictFor({ answers: allNo(), surgeryDate: 'not a date' });
    expect(result).toMatchObject({ outcome: 'clear', mayStart: true });
  });
});

describe('screeningVerdict: severity when several answers are yes', () => {
  it('urgent beats avoid and ask first, and only urgent reasons are given', () => {
    const result = verdictFor({
      answers: { ...allNo(), pregnancy: true, cannotLieFlat: true, saddleNumbness: true },
    });
    expect(result).toMatchObject({
      outcome: 'urgent',
      mayStart: false,
      reasons: ['saddleNumbness'],
    });
  });

  it('avoid beats ask first', () => {
    const result = verdictFor({
      answers: { ...allNo(), fallOrAccident: true, weakenedBone: true },
    });
    expect(result).toMatchObject({ outcome: 'avoid', mayStart: false, reasons: ['weakenedBone'] });
    expect(result.needsConfirmation).toBe(false);
  });

  it('recent back surgery beats ask first', () => {
    const result = verdictFor({
      answers: { ...allNo(), backSurgery: true, inflammatoryArthritis: true },
      surgeryDate: RECENT_SURGERY,
    });
    expect(result).toMatchObject({ outcome: 'avoid', reasons: ['backSurgery'] });
  });

  it('several answers of the same outcome are all given, in question order', () => {
    const result = verdictFor({
      answers: { ...allNo(), legWeakness: true, saddleNumbness: true, numbnessOrWeakness: true },
    });
    expect(result).toMatchObject({
      outcome: 'urgent',
      reasons: ['saddleNumbness', 'legWeakness'],
    });
  });

  it('several ask-first answers → ask first, all listed', () => {
    const result = verdictFor({
      answers: { ...allNo(), steroidsOrImmunity: true, cancerOrUnwell: true },
    });
    expect(result).toMatchObject({
      outcome: 'askFirst',
      mayStart: false,
      reasons: ['cancerOrUnwell', 'steroidsOrImmunity'],
    });
  });
});

describe('screeningVerdict: no answers reach a start when they should not (H1)', () => {
  const ids = FULL_SCREENING_QUESTIONS.map((question) => question.id);
  const answer = fc.constantFrom<boolean | undefined>(true, false, undefined);
  const inputs = fc.record({
    answers: fc.tuple(...ids.map(() => answer)),
    technique: fc.constantFrom<Technique | undefined>('ankleHold', 'pelvicBelt', undefined),
    surgeryDate: fc.constantFrom(RECENT_SURGERY, OLD_SURGERY, '2025-01-01', 'bad', undefined),
    confirmed: fc.boolean(),
  });

  it('may start only if every applicable question is answered and none says not to', () => {
    fc.assert(
      fc.property(inputs, ({ answers: values, technique, surgeryDate, confirmed }) => {
        const answers: ScreeningAnswers = {};
        ids.forEach((id, index) => {
          const value = values[index];
          if (value !== undefined) answers[id] = value;
        });
        const result = screeningVerdict({
          answers,
          technique,
          surgeryDate,
          today: TODAY,
          ...(confirmed ? { professionalConfirmation: { confirmedOn: TODAY } } : {}),
        });
        const applicable = fullScreeningQuestionsFor(technique);
        const blocking = applicable.some((question) => {
          const value = answers[question.id];
          if (value === undefined) return true;
          if (!value) return false;
          if (question.id === 'backSurgery') return surgeryDate !== OLD_SURGERY;
          return question.outcome !== 'askFirst' || !confirmed;
        });
        expect(result.mayStart).toBe(!blocking);
        const urgentYes = applicable.some(
          (question) => question.outcome === 'urgent' && answers[question.id] === true,
        );
        expect(result.outcome === 'urgent').toBe(urgentYes);
      }),
      { numRuns: 1000 },
    );
  });
});
