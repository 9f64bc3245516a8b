// @vitest-environment jsdom
// Choosing the technique: exactly "Ankle hold" and "Pelvic belt", each with its drawing and steps.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { descriptionOf } from '../components/testing';
import { en } from '../i18n/en';
import { TechniqueChoice } from './TechniqueChoice';
import { pressContinue } from './testing';

afterEach(cleanup);

describe('TechniqueChoice', () => {
  it('offers exactly "Ankle hold" and "Pelvic belt" in one radio group', () => {
    render(<TechniqueChoice onDone={vi.fn()} />);
    const group = screen.getByRole('group', { name: 'Technique' });
    const names = Array.from(group.querySelectorAll<HTMLInputElement>('input[type=radio]')).map(
      (input) => input.labels?.[0]?.textContent,
    );
    expect(names).toEqual(['Ankle hold', 'Pelvic belt']);
    expect(screen.getByRole('radio', { name: 'Ankle hold' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Pelvic belt' })).toBeTruthy();
  });

  it('shows each technique’s drawing and steps', () => {
    render(<TechniqueChoice onDone={vi.fn()} />);
    expect(screen.getByRole('img', { name: en['illustrations.ankleHold.alt'] })).toBeTruthy();
    expect(screen.getByRole('img', { name: en['illustrations.pelvicBelt.alt'] })).toBeTruthy();
    expect(screen.getByText(/just above the ankle joints, never on the joint/)).toBeTruthy();
    expect(screen.getByText(/does not press into the groin/)).toBeTruthy();
    expect(screen.getByText(/leans back slowly/)).toBeTruthy();
  });

  it('Continue without a choice gets a message; a choice is handed on', () => {
    const onDone = vi.fn();
    render(<TechniqueChoice onDone={onDone} />);
    pressContinue();
    expect(onDone).not.toHaveBeenCalled();
    const group = screen.getByRole('group', { name: 'Technique' });
    expect(descriptionOf(group)).toContain(en['technique.error']);

    fireEvent.click(screen.getByRole('radio', { name: 'Pelvic belt' }));
    pressContinue();
    expect(onDone).toHaveBeenCalledWith('pelvicBelt');
  });

  it('starts from an earlier choice', () => {
    const onDone = vi.fn();
    render(<TechniqueChoice initial="ankleHold" onDone={onDone} />);
    pressContinue();
    expect(onDone).toHaveBeenCalledWith('ankleHold');
  });
});
