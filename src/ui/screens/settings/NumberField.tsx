// A labelled whole-number input with its range as a hint and its message beside it as typed.
import type { ComponentChildren } from 'preact';
import { describedBy, ErrorMessage } from '../../components/ErrorMessage';

export interface NumberFieldProps {
  id: string;
  label: ComponentChildren;
  hint: ComponentChildren;
  value: string;
  min: number;
  max: number;
  error?: string | undefined;
  onInput(value: string): void;
}

export function NumberField({
  id,
  label,
  hint,
  value,
  min,
  max,
  error,
  onInput,
}: NumberFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div class={error ? 'field field--invalid' : 'field'}>
      <label class="field__label" for={id}>
        {label}
      </label>
      <div id={hintId} class="hint">
        {hint}
      </div>
      {/* Always present, so a message that appears while typing is announced. */}
      <div aria-live="polite">{error && <ErrorMessage id={errorId} message={error} />}</div>
      <input
        id={id}
        class="field__input number-input"
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={value}
        aria-describedby={describedBy(hintId, error && errorId)}
        aria-invalid={error ? true : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}
