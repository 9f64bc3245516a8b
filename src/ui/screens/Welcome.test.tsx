// @vitest-environment jsdom
// Welcome: the honest description, the evidence note, and the acknowledgement before Continue.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { descriptionOf } from '../components/testing';
import { en } from '../i18n/en';
import { pressContinue } from './testing';
import { Welcome } from './Welcome';

afterEach(cleanup);

describe('Welcome', () => {
  it('says what Tractus is and is not, with the evidence note', () => {
    render(<Welcome onContinue={vi.fn()} />);
    expect(screen.getByRole('main')).toBeTruthy();
    const title = screen.getByRole('heading', { level: 1, name: 'Welcome to Tractus' });
    expect(document.activeElement).toBe(title);
    expect(screen.getByText(en['welcome.isNot.treatment'])).toBeTruthy();
    expect(screen.getByText(en['welcome.isNot.care'])).toBeTruthy();
    expect(screen.getByText(/advice from a health professional/)).toBeTruthy();
    expect(screen.getByText(/little or no difference/).textContent).toContain(
      'Cochrane review CD003010, 2013',
    );
  });

  it('Continue without the acknowledgement shows a message beside the checkbox', () => {
    const onContinue = vi.fn();
    render(<Welcome onContinue={onContinue} />);
    pressContinue();
    expect(onContinue).not.toHaveBeenCalled();
    const acknowledgement = screen.getByRole('checkbox', { name: en['welcome.ack.label'] });
    expect(descriptionOf(acknowledgement)).toContain(en['welcome.ack.error']);
    expect(document.activeElement).toBe(acknowledgement);

    fireEvent.click(acknowledgement);
    expect(descriptionOf(acknowledgement)).not.toContain(en['welcome.ack.error']);
    pressContinue();
    expect(onContinue).toHaveBeenCalledTimes(1);
  });
});
