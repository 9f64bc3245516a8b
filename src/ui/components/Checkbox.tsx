// A native checkbox with its label as a large hit area, and an optional hint and error beside it.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { describedBy, ErrorMessage } from './ErrorMessage';

export interface CheckboxProps {
  label: ComponentChildren;
  checked: boolean;
  onChange(checked: boolean): void;
  hint?: ComponentChildren;
  error?: string;
  /** The input's id, so a screen can move focus to it. */
  id?: string;
  disabled?: boolean;
}

export function Checkbox({ label, checked, onChange, hint, error, id, disabled }: CheckboxProps) {
  const generatedId = useId();
  const inputId = id ?? `checkbox-${generatedId}`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  return (
    <div class={error ? 'choice-field choice-field--invalid' : 'choice-field'}>
      {error && <ErrorMessage id={errorId} message={error} />}
      <div class="choice choice--checkbox">
        <input
          id={inputId}
          class="choice__input"
          type="checkbox"
          checked={checked}
          disabled={disabled}
          onChange={(event) => onChange(event.currentTarget.checked)}
          aria-describedby={describedBy(hint !== undefined && hintId, error && errorId)}
          aria-invalid={error ? true : undefined}
        />
        <label class="choice__label" for={inputId}>
          {label}
        </label>
        {hint !== undefined && (
          <div id={hintId} class="choice__description">
            {hint}
          </div>
        )}
      </div>
    </div>
  );
}
