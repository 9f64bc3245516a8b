// @vitest-environment jsdom
// RadioGroup: a fieldset named by its legend, native radios with labels, errors described.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RadioGroup } from './RadioGroup';
import { descriptionOf } from './testing';

afterEach(cleanup);

const OPTIONS = [
  { value: 'a', label: 'First', description: 'The first one' },
  { value: 'b', label: 'Second' },
] as const;

describe('RadioGroup', () => {
  it('is a fieldset named by its legend with one labelled radio per option', () => {
    render(
      <RadioGroup legend="Pick one" name="pick" options={OPTIONS} value="b" onChange={vi.fn()} />,
    );
    const group = screen.getByRole('group', { name: 'Pick one' });
    expect(group.tagName).toBe('FIELDSET');
    const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.name)).toEqual(['pick', 'pick']);
    expect(within(group).getByRole('radio', { name: 'Second' })).toHaveProperty('checked', true);
    expect(descriptionOf(within(group).getByRole('radio', { name: 'First' }))).toBe(
      'The first one',
    );
  });

  it('reports the chosen value', () => {
    const onChange = vi.fn();
    render(
      <RadioGroup
        legend="Pick one"
        name="pick"
        options={OPTIONS}
        value={undefined}
        onChange={onChange}
      />,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'First' }));
    expect(onChange).toHaveBeenCalledWith('a');
  });

  it('links its hint and error to the group and marks it invalid', () => {
    render(
      <RadioGroup
        legend="Pick one"
        name="pick"
        options={OPTIONS}
        value={undefined}
        onChange={vi.fn()}
        hint="Any will do"
        error="Choose one."
      />,
    );
    const group = screen.getByRole('group', { name: 'Pick one' });
    expect(descriptionOf(group)).toBe('Any will do Error: Choose one.');
    expect(group.getAttribute('aria-invalid')).toBe('true');
  });

  it('marks each radio invalid and described by the error while there is one, and only then', () => {
    const pick = (error?: string) => (
      <RadioGroup
        legend="Pick one"
        name="pick"
        options={OPTIONS}
        value={undefined}
        onChange={vi.fn()}
        {...(error ? { error } : {})}
      />
    );
    const { rerender } = render(pick('Choose one.'));
    const first = screen.getByRole('radio', { name: 'First' });
    const second = screen.getByRole('radio', { name: 'Second' });
    // Error first: it is what the radio that takes focus must say.
    expect(descriptionOf(first)).toBe('Error: Choose one. The first one');
    expect(descriptionOf(second)).toBe('Error: Choose one.');
    expect(first.getAttribute('aria-invalid')).toBe('true');
    expect(second.getAttribute('aria-invalid')).toBe('true');

    rerender(pick());
    expect(descriptionOf(first)).toBe('The first one');
    expect(second.hasAttribute('aria-describedby')).toBe(false);
    expect(first.hasAttribute('aria-invalid')).toBe(false);
    expect(second.hasAttribute('aria-invalid')).toBe(false);
  });
});
