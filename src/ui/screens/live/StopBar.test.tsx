// @vitest-environment jsdom
// The controls: Stop acts on the first touch, once per press, and by keyboard or click as well.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ControlEvent, StopBar } from './StopBar';

afterEach(cleanup);

function renderBar(options: { paused?: boolean; accepts?: (event: ControlEvent) => boolean } = {}) {
  const send = vi.fn<(event: ControlEvent) => void>();
  render(
    <StopBar
      paused={options.paused ?? false}
      accepts={options.accepts ?? (() => true)}
      send={send}
    />,
  );
  return { send, stop: screen.getByRole('button', { name: 'Stop' }) };
}

describe('StopBar', () => {
  it('names its buttons exactly, Stop last, and Resume while paused', () => {
    renderBar({ paused: true });
    const names = screen.getAllByRole('button').map((b) => b.textContent);
    expect(names).toEqual(['Resume', 'Ease off', 'Pain', 'Stop']);
    expect(screen.getByRole('region', { name: 'Session controls' })).toBeTruthy();
  });

  it('Stop acts on pointerdown, before the finger lifts', () => {
    const { send, stop } = renderBar();
    fireEvent.pointerDown(stop, { pointerType: 'touch' });
    expect(send).toHaveBeenCalledWith('STOP');
  });

  it('the click that ends the same press does not stop twice', () => {
    const { send, stop } = renderBar();
    fireEvent.pointerDown(stop, { pointerType: 'touch' });
    fireEvent.pointerUp(stop, { pointerType: 'touch' });
    fireEvent.click(stop);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('a click without a pointer (keyboard, switch, screen reader) stops', () => {
    const { send, stop } = renderBar();
    fireEvent.click(stop);
    fireEvent.click(stop);
    expect(send.mock.calls).toEqual([['STOP'], ['STOP']]);
  });

  it('Pain also acts on the first touch; Pause and Ease off wait for a whole click', () => {
    const { send } = renderBar();
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Pain' }), { pointerType: 'touch' });
    expect(send.mock.calls).toEqual([['PAIN']]);
    const pause = screen.getByRole('button', { name: 'Pause' });
    // A scroll that starts on Pause is not a pause.
    fireEvent.pointerDown(pause, { pointerType: 'touch' });
    expect(send.mock.calls).toEqual([['PAIN']]);
    fireEvent.click(pause);
    fireEvent.click(screen.getByRole('button', { name: 'Ease off' }));
    expect(send.mock.calls).toEqual([['PAIN'], ['PAUSE'], ['EASE_OFF']]);
  });

  it('a right-click is not a press', () => {
    const { send, stop } = renderBar();
    fireEvent.pointerDown(stop, { pointerType: 'mouse', button: 2 });
    expect(send).not.toHaveBeenCalled();
  });

  it('controls that would do nothing now say so and send nothing; Stop always acts', () => {
    const { send, stop } = renderBar({ accepts: () => false });
    const easeOff = screen.getByRole('button', { name: 'Ease off' });
    expect(easeOff.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(easeOff);
    expect(send).not.toHaveBeenCalled();
    expect(stop.getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(stop);
    expect(send).toHaveBeenCalledWith('STOP');
  });
});
