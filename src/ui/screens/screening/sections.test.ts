// The follow-up questions come first, in a section of their own, and are asked only once.
import { describe, expect, it } from 'vitest';
import { PRE_SESSION_QUESTIONS, screeningQuestion } from '../../../domain/screening';
import { arrangeSections, type SectionLayout, withFollowUpSection } from './sections';

const LAYOUT: readonly SectionLayout[] = [
  { id: 'changes', questionIds: ['changedNumbness', 'changedPain', 'newInjury'] },
  { id: 'signs', questionIds: ['legWeakness', 'pregnancy'] },
];

describe('withFollowUpSection', () => {
  it('nothing asked again → the layout as it is', () => {
    expect(withFollowUpSection(LAYOUT, [])).toBe(LAYOUT);
  });

  it('puts the questions asked again first, and takes them out of their own sections', () => {
    expect(withFollowUpSection(LAYOUT, ['changedPain', 'dizziness'])).toEqual([
      { id: 'lastSession', questionIds: ['changedPain', 'dizziness'] },
      { id: 'changes', questionIds: ['changedNumbness', 'newInjury'] },
      { id: 'signs', questionIds: ['legWeakness', 'pregnancy'] },
    ]);
  });

  it('every question is still shown exactly once', () => {
    const questions = [...PRE_SESSION_QUESTIONS, screeningQuestion('dizziness')];
    const sections = arrangeSections(withFollowUpSection(LAYOUT, ['dizziness']), questions);
    const shown = sections.flatMap((section) => section.questions.map((q) => q.id));
    expect(shown.sort()).toEqual(questions.map((q) => q.id).sort());
    expect(sections[0]?.id).toBe('lastSession');
  });
});
