// @vitest-environment jsdom
// The stop agreement: stop word, physical signal, both confirmations and the baseline pain.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { descriptionOf } from '../components/testing';
import { en } from '../i18n/en';
import { Agreement } from './Agreement';
import { pressContinue } from './testing';

afterEach(cleanup);

function stopWordField() {
  return screen.getByRole('textbox', { name: 'Stop word' }) as HTMLInputElement;
}

function confirmBoth() {
  fireEvent.click(screen.getByRole('checkbox', { name: 'Receiver: I will use this signal' }));
  fireEvent.click(
    screen.getByRole('checkbox', {
      name: 'Partner: I will release slowly the moment I hear or see it',
    }),
  );
}

function chooseBaseline(n: number) {
  const scale = screen.getByRole('group', { name: en['agreement.baseline.legend'] });
  fireEvent.click(within(scale).getByRole('radio', { name: String(n) }));
}

describe('Agreement', () => {
  it('starts with the stop word "Stop" and explains the 0–10 scale', () => {
    render(<Agreement onDone={vi.fn()} />);
    expect(stopWordField().value).toBe('Stop');
    expect(screen.getByText(en['agreement.scale.zero'])).toBeTruthy();
    expect(screen.getByText(en['agreement.scale.gentle'])).toBeTruthy();
    expect(screen.getByText(/Any pain means release/)).toBeTruthy();
  });

  it('an empty stop word gets a message beside the field', () => {
    const onDone = vi.fn();
    render(<Agreement onDone={onDone} />);
    fireEvent.input(stopWordField(), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('radio', { name: 'A raised hand' }));
    confirmBoth();
    chooseBaseline(2);
    pressContinue();
    expect(onDone).not.toHaveBeenCalled();
    expect(descriptionOf(stopWordField())).toContain(en['agreement.stopWord.error']);
    expect(stopWordField().getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(stopWordField());
  });

  it('Continue without a baseline pain rating gets a message beside the scale', () => {
    const onDone = vi.fn();
    render(<Agreement onDone={onDone} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Two taps on the partner’s arm' }));
    confirmBoth();
    pressContinue();
    expect(onDone).not.toHaveBeenCalled();
    const scale = screen.getByRole('group', { name: en['agreement.baseline.legend'] });
    expect(descriptionOf(scale)).toContain(en['agreement.baseline.error']);
    expect(within(scale).getAllByRole('radio')).toHaveLength(11);
    expect(scale.contains(document.activeElement)).toBe(true);
  });

  it('both people must confirm, and a signal must be chosen', () => {
    const onDone = vi.fn();
    render(<Agreement onDone={onDone} />);
    chooseBaseline(0);
    pressContinue();
    expect(onDone).not.toHaveBeenCalled();
    const signal = screen.getByRole('group', { name: en['agreement.signal.legend'] });
    expect(descriptionOf(signal)).toContain(en['agreement.signal.error']);
    const receiver = screen.getByRole('checkbox', { name: 'Receiver: I will use this signal' });
    expect(descriptionOf(receiver)).toContain(en['agreement.confirm.receiverError']);
    expect(signal.contains(document.activeElement)).toBe(true);
  });

  it('another signal needs words, then the agreement is handed on', () => {
    const onDone = vi.fn();
    render(<Agreement onDone={onDone} />);
    fireEvent.input(stopWordField(), { target: { value: ' Enough ' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Another signal' }));
    confirmBoth();
    chooseBaseline(3);
    pressContinue();
    expect(onDone).not.toHaveBeenCalled();
    const other = screen.getByRole('textbox', { name: en['agreement.signal.otherLabel'] });
    expect(descriptionOf(other)).toContain(en['agreement.signal.otherError']);

    fireEvent.input(other, { target: { value: 'Squeeze my hand twice' } });
    pressContinue();
    expect(onDone).toHaveBeenCalledWith({
      stopWord: 'Enough',
      physicalSignal: 'Squeeze my hand twice',
      baselinePain: 3,
    });
  });

  it('keeps an earlier word and signal, but both people confirm again and pain is asked afresh', () => {
    const onDone = vi.fn();
    const earlier = { stopWord: 'Halt', physicalSignal: 'raisedHand', baselinePain: 4 };
    render(<Agreement initial={earlier} onDone={onDone} />);
    expect(stopWordField().value).toBe('Halt');
    expect((screen.getByRole('radio', { name: 'A raised hand' }) as HTMLInputElement).checked).toBe(
      true,
    );
    const scale = screen.getByRole('group', { name: en['agreement.baseline.legend'] });
    expect(within(scale).queryByRole('radio', { checked: true })).toBeNull();
    pressContinue();
    expect(onDone).not.toHaveBeenCalled();
    confirmBoth();
    chooseBaseline(2);
    pressContinue();
    expect(onDone).toHaveBeenCalledWith({
      stopWord: 'Halt',
      physicalSignal: 'raisedHand',
      baselinePain: 2,
    });
  });
});
