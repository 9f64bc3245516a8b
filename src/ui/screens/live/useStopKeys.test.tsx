// @vitest-environment jsdom
// Space and Escape are Stop wherever focus is, except where Space itself works the control.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStopKeys } from './useStopKeys';

afterEach(cleanup);

function Page({ active, stop, click }: { active: boolean; stop(): void; click(): void }) {
  useStopKeys(active, stop);
  return (
    <div>
      <button type="button" onClick={click}>
        Pause
      </button>
      <fieldset>
        <legend>How did it feel?</legend>
        <label>
          <input type="radio" name="rating" /> Just right
        </label>
      </fieldset>
      <label>
        <input type="checkbox" /> Lower back
      </label>
      <label>
        Stop word <input type="text" />
      </label>
      <label>
        Notes <textarea />
      </label>
    </div>
  );
}

function renderPage(active = true) {
  const stop = vi.fn();
  const click = vi.fn();
  render(<Page active={active} stop={stop} click={click} />);
  return { stop, click };
}

/** A key pressed and let go on `target`, as the browser sends it; whether keydown went on. */
function press(target: Element, key: string, init: KeyboardEventInit = {}): boolean {
  const down = fireEvent.keyDown(target, { key, ...init });
  fireEvent.keyUp(target, { key, ...init });
  return down;
}

describe('useStopKeys', () => {
  it.each([
    ['Space', ' '],
    ['Escape', 'Escape'],
  ])('%s on the page is one Stop', (_name, key) => {
    const { stop } = renderPage();
    expect(press(document.body, key)).toBe(false);
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('Space on a focused button is Stop, and the button is not pressed', () => {
    const { stop, click } = renderPage();
    const pause = screen.getByRole('button', { name: 'Pause' });
    expect(fireEvent.keyDown(pause, { key: ' ' })).toBe(false);
    expect(fireEvent.keyUp(pause, { key: ' ' })).toBe(false);
    expect(stop).toHaveBeenCalledTimes(1);
    expect(click).not.toHaveBeenCalled();
  });

  it('Space on a rating radio is Stop, and the radio is neither chosen nor clicked on keyup', () => {
    const { stop } = renderPage();
    const radio = screen.getByRole('radio', { name: 'Just right' });
    radio.focus();
    expect(fireEvent.keyDown(radio, { key: ' ' })).toBe(false);
    expect(fireEvent.keyUp(radio, { key: ' ' })).toBe(false);
    expect(stop).toHaveBeenCalledTimes(1);
    expect((radio as HTMLInputElement).checked).toBe(false);
  });

  it.each([
    ['a checkbox', () => screen.getByRole('checkbox', { name: 'Lower back' })],
    ['a text field', () => screen.getByRole('textbox', { name: 'Stop word' })],
    ['a text area', () => screen.getByRole('textbox', { name: 'Notes' })],
  ])('Space in %s is left to it, and Escape there is Stop', (_name, field) => {
    const { stop } = renderPage();
    expect(press(field(), ' ')).toBe(true);
    expect(stop).not.toHaveBeenCalled();
    expect(press(field(), 'Escape')).toBe(false);
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('a held key stops once, and a key with a modifier or already handled is left alone', () => {
    const { stop } = renderPage();
    press(document.body, ' ');
    press(document.body, ' ', { repeat: true });
    press(document.body, 'Escape', { ctrlKey: true });
    press(document.body, ' ', { altKey: true });
    press(document.body, ' ', { metaKey: true });
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('does nothing while Stop would not act (before the start, after the end)', () => {
    const { stop } = renderPage(false);
    expect(press(document.body, ' ')).toBe(true);
    expect(press(document.body, 'Escape')).toBe(true);
    expect(stop).not.toHaveBeenCalled();
  });
});
