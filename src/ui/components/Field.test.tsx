// @vitest-environment jsdom
// Field: a labelled input whose hint and error are linked and whose invalid state is announced.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Field } from './Field';
import { descriptionOf } from './testing';

afterEach(cleanup);

describe('Field', () => {
  it('is named by its label and reports typing', () => {
    const onInput = vi.fn();
    render(<Field label="Stop word" value="Stop" onInput={onInput} />);
    const input = screen.getByRole('textbox', { name: 'Stop word' }) as HTMLInputElement;
    expect(input.value).toBe('Stop');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    fireEvent.input(input, { target: { value: 'Halt' } });
    expect(onInput).toHaveBeenCalledWith('Halt');
  });

  it('links hint and error and marks itself invalid', () => {
    render(
      <Field label="Stop word" value="" onInput={vi.fn()} hint="Short" error="Enter a word." />,
    );
    const input = screen.getByRole('textbox', { name: 'Stop word' });
    expect(descriptionOf(input)).toBe('Short Error: Enter a word.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('can be a date input with a latest day', () => {
    render(<Field label="When?" type="date" value="" onInput={vi.fn()} max="2025-06-15" />);
    const input = screen.getByLabelText('When?');
    expect(input.getAttribute('type')).toBe('date');
    expect(input.getAttribute('max')).toBe('2025-06-15');
  });
});
