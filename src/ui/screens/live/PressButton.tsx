// A button that acts on the first touch (pointerdown) and still works by click and keyboard, once.
import type { ComponentChildren, Ref } from 'preact';
import { useRef } from 'preact/hooks';

/** A click this soon after our own pointerdown is that same press finishing, not a new one. */
const SAME_PRESS_MS = 1500;

export interface PressButtonProps {
  onPress(): void;
  class: string;
  children: ComponentChildren;
  buttonRef?: Ref<HTMLButtonElement>;
  /** Shown but not acting now (aria-disabled keeps it focusable and in place). */
  inactive?: boolean;
  /**
   * 'touch': acts on the first touch (Stop, Pain: a way out must not wait for the finger to lift).
   * 'click': acts on a completed click, so a scroll that starts on it does nothing.
   */
  actsOn?: 'touch' | 'click';
}

export function PressButton({
  onPress,
  class: classes,
  children,
  buttonRef,
  inactive,
  actsOn = 'touch',
}: PressButtonProps) {
  const pressedAt = useRef(Number.NEGATIVE_INFINITY);
  const press = () => {
    if (!inactive) onPress();
  };
  return (
    <button
      ref={buttonRef}
      type="button"
      class={classes}
      aria-disabled={inactive ? 'true' : undefined}
      onPointerDown={(event) => {
        // A right-click is not a press.
        if (actsOn === 'click' || (event.pointerType === 'mouse' && event.button !== 0)) return;
        pressedAt.current = event.timeStamp;
        press();
      }}
      onClick={(event) => {
        // Keyboard, switch and screen-reader activation arrive as a click without a pointerdown.
        if (event.timeStamp - pressedAt.current < SAME_PRESS_MS) {
          pressedAt.current = Number.NEGATIVE_INFINITY;
          return;
        }
        press();
      }}
    >
      {children}
    </button>
  );
}
