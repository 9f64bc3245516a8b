// Test helpers that speak the screens' language: answer a question, enter a date, press Continue.
import { fireEvent, screen, within } from '@testing-library/preact';
import type { QuestionId } from '../../domain/screening';
import { en } from '../i18n/en';

/** The radio group of one question, found by its words as a person reads them. */
export function question(id: QuestionId): HTMLElement {
  return screen.getByRole('group', { name: en[`screening.q.${id}`] });
}

export function answer(id: QuestionId, choice: 'Yes' | 'No'): void {
  fireEvent.click(within(question(id)).getByRole('radio', { name: choice }));
}

/** Answers every question still unanswered on screen. */
export function answerRest(choice: 'Yes' | 'No'): void {
  for (const group of screen.getAllByRole('group')) {
    const radios = within(group).queryAllByRole('radio', { name: /^(Yes|No)$/ });
    if (radios.length === 0 || radios.some((r) => (r as HTMLInputElement).checked)) continue;
    fireEvent.click(within(group).getByRole('radio', { name: choice }));
  }
}

export function pressContinue(): void {
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
}

export function setDate(label: string, value: string): void {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}
