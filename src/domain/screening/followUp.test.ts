// Which questions a check asks again after the last session ended on a warning sign.
import { describe, expect, it } from 'vitest';
import { followUp, withFollowUpQuestions } from './followUp';
import { PRE_SESSION_QUESTIONS } from './preSessionCheck';
import { fullScreeningQuestionsFor, screeningQuestion } from './questions';
import { STOP_REASONS, type StopReason, stopReasonOutcome } from './stopReasons';

const ids = (questions: readonly { id: string }[]) => questions.map((question) => question.id);

describe('followUp', () => {
  it('no warning signs → nothing asked again', () => {
    expect(followUp('preSession')).toEqual({ reasons: [], askedAgain: [] });
    expect(followUp('full', [])).toEqual({ reasons: [], askedAgain: [] });
  });

  it('ignores reasons that were no warning from the body', () => {
    const calm: StopReason[] = ['finished', 'wantedToStop', 'discomfort', 'slipped'];
    expect(followUp('preSession', calm)).toEqual({ reasons: [], askedAgain: [] });
    expect(followUp('full', calm)).toEqual({ reasons: [], askedAgain: [] });
  });

  it('follows up every reason that ends a session (red flag or urgent)', () => {
    const ending = STOP_REASONS.filter((reason) => {
      const outcome = stopReasonOutcome(reason);
      return outcome === 'redFlag' || outcome === 'urgent';
    });
    for (const reason of ending) {
      expect(followUp('preSession', [reason]).askedAgain.length, reason).toBeGreaterThan(0);
      expect(followUp('full', [reason]).askedAgain.length, reason).toBeGreaterThan(0);
    }
  });

  it('sharp pain asks the pain questions again, and whether the pain is still there', () => {
    expect(followUp('preSession', ['sharpPain'])).toEqual({
      reasons: ['sharpPain'],
      askedAgain: [
        { questionId: 'changedPain', because: 'sharpPain' },
        { questionId: 'stillSharpPain', because: 'sharpPain' },
      ],
    });
    expect(followUp('full', ['sharpPain']).askedAgain).toEqual([
      { questionId: 'painWorseWithStretch', because: 'sharpPain' },
      { questionId: 'stillSharpPain', because: 'sharpPain' },
    ]);
    expect(screeningQuestion('stillSharpPain').outcome).toBe('avoid');
  });

  it('numbness asks the numbness questions again, and whether it is still there', () => {
    expect(followUp('preSession', ['numbness']).askedAgain).toEqual([
      { questionId: 'changedNumbness', because: 'numbness' },
      { questionId: 'stillNumbness', because: 'numbness' },
    ]);
    expect(followUp('full', ['numbness']).askedAgain).toEqual([
      { questionId: 'numbnessOrWeakness', because: 'numbness' },
      { questionId: 'stillNumbness', because: 'numbness' },
    ]);
    expect(screeningQuestion('stillNumbness').outcome).toBe('avoid');
  });

  it('dizziness has a question of its own, ask first when yes', () => {
    expect(followUp('preSession', ['dizziness']).askedAgain).toEqual([
      { questionId: 'dizziness', because: 'dizziness' },
    ]);
    expect(followUp('full', ['dizziness']).askedAgain).toEqual([
      { questionId: 'dizziness', because: 'dizziness' },
    ]);
    expect(screeningQuestion('dizziness').outcome).toBe('askFirst');
  });

  it('an urgent sign names the urgent questions again', () => {
    expect(followUp('preSession', ['urgentSign']).askedAgain.map((a) => a.questionId)).toEqual([
      'saddleNumbness',
      'bladderOrBowel',
      'sexualDysfunction',
      'legWeakness',
    ]);
  });

  it('names each sign once, in a fixed order, whatever order and repeats it got', () => {
    const result = followUp('preSession', ['dizziness', 'sharpPain', 'dizziness', 'finished']);
    expect(result.reasons).toEqual(['sharpPain', 'dizziness']);
    expect(result.askedAgain).toEqual([
      { questionId: 'changedPain', because: 'sharpPain' },
      { questionId: 'stillSharpPain', because: 'sharpPain' },
      { questionId: 'dizziness', because: 'dizziness' },
    ]);
  });

  it('ignores a value that is not a stop reason (damaged data)', () => {
    const damaged = ['backache', 'numbness'] as unknown as StopReason[];
    expect(followUp('preSession', damaged).reasons).toEqual(['numbness']);
  });
});

describe('withFollowUpQuestions', () => {
  it('no warning signs → the check’s own questions, unchanged', () => {
    expect(withFollowUpQuestions('preSession', PRE_SESSION_QUESTIONS)).toBe(PRE_SESSION_QUESTIONS);
    const full = fullScreeningQuestionsFor('ankleHold');
    expect(withFollowUpQuestions('full', full, ['finished'])).toBe(full);
  });

  it('sharp pain and numbness add only "is it still there?", after the check’s own', () => {
    const pre = withFollowUpQuestions('preSession', PRE_SESSION_QUESTIONS, [
      'sharpPain',
      'numbness',
    ]);
    expect(ids(pre)).toEqual([...ids(PRE_SESSION_QUESTIONS), 'stillSharpPain', 'stillNumbness']);
    const full = fullScreeningQuestionsFor();
    expect(
      ids(withFollowUpQuestions('full', full, ['sharpPain', 'numbness', 'urgentSign'])),
    ).toEqual([...ids(full), 'stillSharpPain', 'stillNumbness']);
    expect(withFollowUpQuestions('full', full, ['urgentSign'])).toBe(full);
  });

  it('dizziness adds its question after the check’s own, once', () => {
    const pre = withFollowUpQuestions('preSession', PRE_SESSION_QUESTIONS, ['dizziness']);
    expect(ids(pre)).toEqual([...ids(PRE_SESSION_QUESTIONS), 'dizziness']);
    const full = withFollowUpQuestions('full', fullScreeningQuestionsFor('pelvicBelt'), [
      'dizziness',
      'dizziness',
    ]);
    expect(ids(full)).toEqual([...ids(fullScreeningQuestionsFor('pelvicBelt')), 'dizziness']);
  });
});
