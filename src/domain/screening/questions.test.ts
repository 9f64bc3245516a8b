// The catalogue matches SAFETY.md section 1: every item present once, with its outcome and words.
import { describe, expect, it } from 'vitest';
import { PRE_SESSION_QUESTION_IDS, PRE_SESSION_QUESTIONS } from './preSessionCheck';
import {
  FULL_SCREENING_QUESTIONS,
  fullScreeningQuestionsFor,
  QUESTION_IDS,
  SCREENING_QUESTIONS,
  screeningQuestion,
} from './questions';
import { SCREENING_DATE_TEXT_EN, SCREENING_QUESTION_TEXT_EN } from './questionText.en';

describe('question catalogue', () => {
  it('has one entry per id, each with its message key', () => {
    expect(new Set(QUESTION_IDS).size).toBe(QUESTION_IDS.length);
    for (const question of SCREENING_QUESTIONS) {
      expect(question.messageKey).toBe(`screening.q.${question.id}`);
      expect(screeningQuestion(question.id)).toBe(question);
    }
  });

  it('asks every item of the avoid, urgent and ask-first lists in the full questionnaire', () => {
    const count = (outcome: string) =>
      FULL_SCREENING_QUESTIONS.filter((question) => question.outcome === outcome).length;
    // 6 avoid items, 4 urgent signs, 7 general ask-first items + 1 per technique.
    expect(count('avoid')).toBe(6);
    expect(count('urgent')).toBe(4);
    expect(count('askFirst')).toBe(9);
  });

  it('marks only the two technique questions as technique-specific', () => {
    const specific = FULL_SCREENING_QUESTIONS.filter((question) => question.technique);
    expect(specific.map((question) => [question.id, question.technique])).toEqual([
      ['ankleHoldJoints', 'ankleHold'],
      ['pelvicBeltHipGroin', 'pelvicBelt'],
    ]);
  });

  it('asks for a date only for surgery', () => {
    const dated = SCREENING_QUESTIONS.filter((question) => question.kind === 'date');
    expect(dated.map((question) => question.id)).toEqual(['backSurgery', 'newSurgery']);
  });

  it('leaves out the other technique’s question once a technique is chosen', () => {
    const ids = (technique?: 'ankleHold' | 'pelvicBelt') =>
      fullScreeningQuestionsFor(technique).map((question) => question.id);
    expect(ids('ankleHold')).toContain('ankleHoldJoints');
    expect(ids('ankleHold')).not.toContain('pelvicBeltHipGroin');
    expect(ids('pelvicBelt')).toContain('pelvicBeltHipGroin');
    expect(ids('pelvicBelt')).not.toContain('ankleHoldJoints');
    expect(ids()).toContain('ankleHoldJoints');
    expect(ids()).toContain('pelvicBeltHipGroin');
  });

  it('asks about dizziness only as a follow-up, ask first when yes', () => {
    const asked = [...FULL_SCREENING_QUESTIONS, ...PRE_SESSION_QUESTIONS].map((q) => q.id);
    expect(asked).not.toContain('dizziness');
    expect(screeningQuestion('dizziness').outcome).toBe('askFirst');
  });

  it('builds the pre-session check from catalogue questions', () => {
    expect(PRE_SESSION_QUESTIONS.map((question) => question.id)).toEqual([
      ...PRE_SESSION_QUESTION_IDS,
    ]);
  });
});

describe('English question text', () => {
  it.each(QUESTION_IDS.map((id) => [id]))('%s is a plain question', (id) => {
    const text = SCREENING_QUESTION_TEXT_EN[id];
    expect(text.length).toBeGreaterThan(10);
    expect(text.endsWith('?')).toBe(true);
    // Never diagnostic: the app does not tell the user what they have.
    expect(text).not.toMatch(/diagnos|you have (a|an) [a-z]+ (condition|disease)\b/i);
  });

  it('has a follow-up for each date question', () => {
    expect(SCREENING_DATE_TEXT_EN.backSurgery).toMatch(/\?$/);
    expect(SCREENING_DATE_TEXT_EN.newSurgery).toMatch(/most recent/);
  });

  it('the short check asks about back or spine surgery apart from any other operation', () => {
    expect(SCREENING_QUESTION_TEXT_EN.newSurgery).toMatch(/back or spine/);
    expect(SCREENING_QUESTION_TEXT_EN.newOtherOperation).toMatch(/any other operation/);
    expect(SCREENING_DATE_TEXT_EN.newSurgery).toMatch(/back or spine/);
  });

  it('the short check asks about changes since the last session or check', () => {
    for (const id of ['changedNumbness', 'changedPain', 'newInjury', 'newSurgery'] as const) {
      expect(SCREENING_QUESTION_TEXT_EN[id]).toMatch(/since your last session or check/i);
    }
  });
});
