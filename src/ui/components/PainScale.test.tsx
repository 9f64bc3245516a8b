// @vitest-environment jsdom
// PainScale: eleven radios 0–10 under one legend, with what 0 and pain mean.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PainScale } from './PainScale';
import { descriptionOf } from './testing';

afterEach(cleanup);

describe('PainScale', () => {
  it('offers 0 to 10 and explains the scale', () => {
    const onChange = vi.fn();
    render(<PainScale legend="Pain now" name="pain" value={undefined} onChange={onChange} />);
    const group = screen.getByRole('group', { name: 'Pain now' });
    const names = (within(group).getAllByRole('radio') as HTMLInputElement[]).map(
      (r) => r.labels?.[0]?.textContent,
    );
    expect(names).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(descriptionOf(group)).toMatch(/0 means nothing at all/);
    expect(descriptionOf(group)).toMatch(/any pain means release/);
    fireEvent.click(within(group).getByRole('radio', { name: '7' }));
    expect(onChange).toHaveBeenCalledWith(7);
  });

  it('shows the chosen number, 0 included', () => {
    render(<PainScale legend="Pain now" name="pain" value={0} onChange={vi.fn()} />);
    expect(screen.getByRole('radio', { name: '0' })).toHaveProperty('checked', true);
  });
});
