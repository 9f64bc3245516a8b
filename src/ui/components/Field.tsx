// A labelled text or date input with its hint and error beside it, wired for assistive technology.
import type { ComponentChildren, TargetedInputEvent } from 'preact';
import { useId } from 'preact/hooks';
import { describedBy, ErrorMessage } from './ErrorMessage';

export interface FieldProps {
  label: ComponentChildren;
  value: string;
  onInput(value: string): void;
  type?: 'text' | 'date';
  hint?: ComponentChildren;
  error?: string;
  /** The input's id, so a screen can move focus to it. */
  id?: string;
  autocomplete?: string;
  /** For dates: the latest day the picker offers (YYYY-MM-DD). */
  max?: string;
  maxLength?: number;
  required?: boolean;
}

export function Field({
  label,
  value,
  onInput,
  type = 'text',
  hint,
  error,
  id,
  autocomplete,
  max,
  maxLength,
  required = true,
}: FieldProps) {
  const generatedId = useId();
  const inputId = id ?? `field-${generatedId}`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const common = {
    id: inputId,
    class: 'field__input',
    value,
    onInput: (event: TargetedInputEvent<HTMLInputElement>) => onInput(event.currentTarget.value),
    'aria-describedby': describedBy(hint !== undefined && hintId, error && errorId),
    'aria-invalid': error ? true : undefined,
    'aria-required': required ? true : undefined,
    autocomplete,
  };
  return (
    <div class={error ? 'field field--invalid' : 'field'}>
      <label class="field__label" for={inputId}>
        {label}
      </label>
      {hint !== undefined && (
        <div id={hintId} class="hint">
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={errorId} message={error} />}
      {type === 'date' ? (
        <input type="date" max={max} {...common} />
      ) : (
        <input type="text" maxLength={maxLength} spellcheck={false} {...common} />
      )}
    </div>
  );
}
