// @vitest-environment jsdom
// YesNoQuestion: the options are exactly "Yes" and "No", and a yes reports true.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { YesNoQuestion } from './YesNoQuestion';

afterEach(cleanup);

describe('YesNoQuestion', () => {
  it('offers exactly Yes and No and reports the answer as a boolean', () => {
    const onChange = vi.fn();
    render(
      <YesNoQuestion question="Are you pregnant?" name="q" value={undefined} onChange={onChange} />,
    );
    const group = screen.getByRole('group', { name: 'Are you pregnant?' });
    const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.labels?.[0]?.textContent)).toEqual(['Yes', 'No']);
    fireEvent.click(within(group).getByRole('radio', { name: 'Yes' }));
    expect(onChange).toHaveBeenLastCalledWith(true);
    fireEvent.click(within(group).getByRole('radio', { name: 'No' }));
    expect(onChange).toHaveBeenLastCalledWith(false);
  });

  it('shows the current answer', () => {
    render(<YesNoQuestion question="Q" name="q" value={false} onChange={vi.fn()} />);
    expect(screen.getByRole('radio', { name: 'No' })).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: 'Yes' })).toHaveProperty('checked', false);
  });
});
