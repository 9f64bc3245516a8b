// A group of native radio buttons in a fieldset with a legend; large labels are the hit areas.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { describedBy, ErrorMessage } from './ErrorMessage';

export interface RadioOption<V extends string = string> {
  value: V;
  /** The option's accessible name: exactly these words (a fixed English name comes as FixedName). */
  label: ComponentChildren;
  /** A short explanation, read out after the name (aria-describedby). */
  description?: string;
  /** Richer content shown under the option (steps, a picture); not read as its description. */
  detail?: ComponentChildren;
}

export interface RadioGroupProps<V extends string = string> {
  legend: ComponentChildren;
  name: string;
  options: readonly RadioOption<V>[];
  value: V | undefined;
  onChange(value: V): void;
  error?: string;
  hint?: ComponentChildren;
  /** The fieldset's id, so a screen can move focus to the group. */
  id?: string;
  /** stack: one option per row; inline: side by side (Yes / No); scale: a row of numbers. */
  layout?: 'stack' | 'inline' | 'scale';
}

export function RadioGroup<V extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  error,
  hint,
  id,
  layout = 'stack',
}: RadioGroupProps<V>) {
  const generatedId = useId();
  const groupId = id ?? `radio-${generatedId}`;
  const hintId = `${groupId}-hint`;
  const errorId = `${groupId}-error`;
  return (
    <fieldset
      id={groupId}
      class={error ? 'group group--invalid' : 'group'}
      aria-describedby={describedBy(hint !== undefined && hintId, error && errorId)}
      aria-invalid={error ? true : undefined}
    >
      <legend class="group__legend">{legend}</legend>
      {hint !== undefined && (
        <div id={hintId} class="hint">
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={errorId} message={error} />}
      <div class={`choices choices--${layout}`}>
        {options.map((option, index) => {
          const inputId = `${groupId}-${index}`;
          const descriptionId = `${inputId}-description`;
          return (
            <div class="choice choice--radio" key={option.value}>
              <input
                id={inputId}
                class="choice__input"
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                // Focus goes to a radio when the group is in error: the radio itself says so.
                aria-describedby={describedBy(
                  error && errorId,
                  option.description && descriptionId,
                )}
                aria-invalid={error ? true : undefined}
              />
              <label class="choice__label" for={inputId}>
                {option.label}
              </label>
              {option.description && (
                <p id={descriptionId} class="choice__description">
                  {option.description}
                </p>
              )}
              {option.detail !== undefined && <div class="choice__detail">{option.detail}</div>}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
