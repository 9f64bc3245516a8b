// The gate after a session ended on a warning sign: the follow-up must be answered, and counts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRE_SESSION_QUESTIONS } from './preSessionCheck';
import { fullScreeningQuestionsFor, QUESTION_IDS } from './questions';
import { STOP_REASONS, type StopReason } from './stopReasons';
import {
  type PreSessionInput,
  preSessionVerdict,
  type ScreeningAnswers,
  type ScreeningInput,
  screeningVerdict,
} from './verdict';

const TODAY = '2024-06-15';
const YESTERDAY = '2024-06-14';

function allNo(questions: readonly { id: keyof ScreeningAnswers }[]): ScreeningAnswers {
  const answers: ScreeningAnswers = {};
  for (const question of questions) answers[question.id] = false;
  return answers;
}

function check(lastRedFlags: StopReason[], overrides: Partial<PreSessionInput> = {}) {
  return preSessionVerdict({
    answers: allNo(PRE_SESSION_QUESTIONS),
    today: TODAY,
    lastRedFlags,
    ...overrides,
  });
}

function full(lastRedFlags: StopReason[], overrides: Partial<ScreeningInput> = {}) {
  return screeningVerdict({
    answers: allNo(fullScreeningQuestionsFor()),
    today: TODAY,
    lastRedFlags,
    ...overrides,
  });
}

describe('pre-session check after a session ended with dizziness or nausea', () => {
  it('is not passable until the dizziness question is answered', () => {
    expect(check(['dizziness'])).toMatchObject({ mayStart: false, unanswered: ['dizziness'] });
  });

  it('no dizziness now → clear, may start', () => {
    const answers = { ...allNo(PRE_SESSION_QUESTIONS), dizziness: false };
    expect(check(['dizziness'], { answers })).toMatchObject({ outcome: 'clear', mayStart: true });
  });

  it('yes → ask first, and needs a professional’s agreement', () => {
    const answers = { ...allNo(PRE_SESSION_QUESTIONS), dizziness: true };
    expect(check(['dizziness'], { answers })).toEqual({
      outcome: 'askFirst',
      mayStart: false,
      reasons: ['dizziness'],
      unanswered: [],
      needsConfirmation: true,
    });
  });

  it('yes → only a confirmation given today lets it start', () => {
    const answers = { ...allNo(PRE_SESSION_QUESTIONS), dizziness: true };
    const today = check(['dizziness'], {
      answers,
      professionalConfirmation: { confirmedOn: TODAY },
    });
    expect(today).toMatchObject({ outcome: 'askFirst', mayStart: true, needsConfirmation: false });
    const yesterday = check(['dizziness'], {
      answers,
      professionalConfirmation: { confirmedOn: YESTERDAY },
    });
    expect(yesterday).toMatchObject({ mayStart: false, needsConfirmation: true });
  });

  it('a yes that is more severe still wins over the dizziness', () => {
    const answers = { ...allNo(PRE_SESSION_QUESTIONS), dizziness: true, changedPain: true };
    expect(check(['dizziness'], { answers })).toMatchObject({
      outcome: 'avoid',
      reasons: ['changedPain'],
    });
  });
});

describe('pre-session check after sharp pain or numbness', () => {
  const afterSign = (id: keyof ScreeningAnswers) => ({
    ...allNo(PRE_SESSION_QUESTIONS),
    stillSharpPain: false,
    stillNumbness: false,
    [id]: true,
  });

  it.each([
    ['sharpPain', 'changedPain'],
    ['sharpPain', 'stillSharpPain'],
    ['numbness', 'changedNumbness'],
    ['numbness', 'stillNumbness'],
  ] as const)('after %s, %s must be answered and a yes means avoid', (reason, id) => {
    const missing = afterSign(id);
    delete missing[id];
    expect(check([reason], { answers: missing })).toMatchObject({
      mayStart: false,
      unanswered: [id],
    });
    expect(check([reason], { answers: afterSign(id) })).toMatchObject({
      outcome: 'avoid',
      reasons: [id],
      mayStart: false,
    });
  });

  it.each([
    ['sharpPain', 'stillSharpPain'],
    ['numbness', 'stillNumbness'],
  ] as const)('after %s, a sign that stayed the same is asked about: %s', (reason, id) => {
    // Nothing started or got worse, so those answers are an honest no; the sign is still there.
    const stayed = { ...allNo(PRE_SESSION_QUESTIONS), [id]: true };
    expect(check([reason], { answers: stayed })).toMatchObject({
      outcome: 'avoid',
      reasons: [id],
      mayStart: false,
    });
    const gone = { ...allNo(PRE_SESSION_QUESTIONS), [id]: false };
    expect(check([reason], { answers: gone })).toMatchObject({ outcome: 'clear', mayStart: true });
  });
});

describe('full screening after a session ended on a warning sign', () => {
  it('after dizziness, asks it: unanswered until answered, yes → ask first', () => {
    expect(full(['dizziness'])).toMatchObject({ mayStart: false, unanswered: ['dizziness'] });
    const yes = { ...allNo(fullScreeningQuestionsFor()), dizziness: true };
    expect(full(['dizziness'], { answers: yes })).toMatchObject({
      outcome: 'askFirst',
      reasons: ['dizziness'],
      needsConfirmation: true,
      mayStart: false,
    });
    expect(
      full(['dizziness'], { answers: yes, professionalConfirmation: { confirmedOn: TODAY } }),
    ).toMatchObject({ mayStart: true });
    const no = { ...allNo(fullScreeningQuestionsFor()), dizziness: false };
    expect(full(['dizziness'], { answers: no })).toMatchObject({
      outcome: 'clear',
      mayStart: true,
    });
  });

  it.each([
    ['sharpPain', 'painWorseWithStretch'],
    ['sharpPain', 'stillSharpPain'],
    ['numbness', 'numbnessOrWeakness'],
    ['numbness', 'stillNumbness'],
  ] as const)('after %s, %s must be answered and a yes means avoid', (reason, id) => {
    const answered = {
      ...allNo(fullScreeningQuestionsFor()),
      stillSharpPain: false,
      stillNumbness: false,
    };
    const missing = { ...answered };
    delete missing[id];
    expect(full([reason], { answers: missing })).toMatchObject({ unanswered: [id] });
    expect(full([reason], { answers: answered })).toMatchObject({
      outcome: 'clear',
      mayStart: true,
    });
    const yes = { ...answered, [id]: true };
    expect(full([reason], { answers: yes })).toMatchObject({ outcome: 'avoid', reasons: [id] });
  });
});

describe('with no warning sign, nothing changes', () => {
  const answersArb = fc.dictionary(
    fc.constantFrom(...QUESTION_IDS),
    fc.oneof(fc.boolean(), fc.constant(undefined)),
  ) as fc.Arbitrary<ScreeningAnswers>;
  const calmArb = fc.subarray<StopReason>(['finished', 'wantedToStop', 'discomfort', 'slipped']);

  it('the pre-session verdict is the same as without a follow-up', () => {
    fc.assert(
      fc.property(answersArb, calmArb, (answers, calm) => {
        const plain = preSessionVerdict({ answers, today: TODAY });
        expect(preSessionVerdict({ answers, today: TODAY, lastRedFlags: [] })).toEqual(plain);
        expect(preSessionVerdict({ answers, today: TODAY, lastRedFlags: calm })).toEqual(plain);
      }),
      { numRuns: 1000 },
    );
  });

  it('the full screening verdict is the same as without a follow-up', () => {
    fc.assert(
      fc.property(answersArb, calmArb, (answers, calm) => {
        const plain = screeningVerdict({ answers, today: TODAY });
        expect(screeningVerdict({ answers, today: TODAY, lastRedFlags: calm })).toEqual(plain);
      }),
      { numRuns: 1000 },
    );
  });

  it('a dizziness answer alone changes nothing when dizziness did not end the last session', () => {
    const answers = { ...allNo(PRE_SESSION_QUESTIONS), dizziness: true };
    expect(check([], { answers })).toMatchObject({ outcome: 'clear', mayStart: true });
    const calm = STOP_REASONS.filter((reason) => reason !== 'dizziness');
    expect(check(calm, { answers })).toMatchObject({ outcome: 'clear' });
  });
});
