// @vitest-environment jsdom
// Checkbox: a native checkbox named by its label, with its hint and error described.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Checkbox } from './Checkbox';
import { descriptionOf } from './testing';

afterEach(cleanup);

describe('Checkbox', () => {
  it('reports ticking through its label', () => {
    const onChange = vi.fn();
    render(<Checkbox label="We both heard it" checked={false} onChange={onChange} />);
    fireEvent.click(screen.getByText('We both heard it'));
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('describes itself with its hint and error', () => {
    render(
      <Checkbox
        label="Surface"
        checked={false}
        onChange={vi.fn()}
        hint="A firm mat"
        error="Tick this."
      />,
    );
    const checkbox = screen.getByRole('checkbox', { name: 'Surface' });
    expect(descriptionOf(checkbox)).toBe('A firm mat Error: Tick this.');
    expect(checkbox.getAttribute('aria-invalid')).toBe('true');
  });
});
