// Groups screening questions into calm, named sections; a question never falls out of the form.
import type { QuestionId, ScreeningQuestion } from '../../../domain/screening';

export type SectionId =
  | 'lastSession'
  | 'spine'
  | 'symptoms'
  | 'health'
  | 'position'
  | 'changes'
  | 'signs'
  | 'other';

export interface SectionLayout {
  id: SectionId;
  questionIds: readonly QuestionId[];
}

export interface Section {
  id: SectionId;
  questions: ScreeningQuestion[];
}

export const SECTION_HEADING_KEYS = {
  lastSession: 'screening.section.lastSession',
  spine: 'screening.section.spine',
  symptoms: 'screening.section.symptoms',
  health: 'screening.section.health',
  position: 'screening.section.position',
  changes: 'screening.section.changes',
  signs: 'screening.section.signs',
  other: 'screening.section.other',
} as const satisfies Record<SectionId, string>;

/**
 * The questions asked again about how the last session ended come first, in a section of their
 * own, and are taken out of the sections they would otherwise be in.
 */
export function withFollowUpSection(
  layout: readonly SectionLayout[],
  askedAgain: readonly QuestionId[],
): readonly SectionLayout[] {
  if (askedAgain.length === 0) return layout;
  const rest = layout.map((section) => ({
    id: section.id,
    questionIds: section.questionIds.filter((id) => !askedAgain.includes(id)),
  }));
  return [{ id: 'lastSession', questionIds: askedAgain }, ...rest];
}

/**
 * The questions asked, placed in the layout's sections (keeping the domain's order inside each).
 * Any question the layout does not place is still asked, in a last "Other questions" section.
 */
export function arrangeSections(
  layout: readonly SectionLayout[],
  questions: readonly ScreeningQuestion[],
): Section[] {
  const placed = new Set<QuestionId>(layout.flatMap((section) => section.questionIds));
  const sections: Section[] = layout.map((section) => ({
    id: section.id,
    questions: questions.filter((question) => section.questionIds.includes(question.id)),
  }));
  sections.push({ id: 'other', questions: questions.filter((q) => !placed.has(q.id)) });
  return sections.filter((section) => section.questions.length > 0);
}
