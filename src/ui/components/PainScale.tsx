// The 0–10 sensation scale as a radio group of eleven numbers, with what 0 and pain mean.
import type { ComponentChildren } from 'preact';
import { useT } from '../i18n/translate';
import { RadioGroup, type RadioOption } from './RadioGroup';

export const PAIN_SCALE_VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export interface PainScaleProps {
  legend: ComponentChildren;
  name: string;
  value: number | undefined;
  onChange(value: number): void;
  error?: string;
  /** Replaces the standard explanation of the scale. */
  hint?: ComponentChildren;
  id?: string;
}

const OPTIONS: readonly RadioOption[] = PAIN_SCALE_VALUES.map((n) => ({
  value: String(n),
  label: String(n),
}));

export function PainScale({ legend, name, value, onChange, error, hint, id }: PainScaleProps) {
  const t = useT();
  return (
    <RadioGroup
      legend={legend}
      name={name}
      options={OPTIONS}
      value={value === undefined ? undefined : String(value)}
      onChange={(choice) => onChange(Number(choice))}
      layout="scale"
      hint={hint ?? t('components.painScale.hint')}
      error={error}
      id={id}
    />
  );
}
