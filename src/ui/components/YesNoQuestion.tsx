// One screening-style question: a radio group whose options are exactly "Yes" and "No".
import type { ComponentChildren } from 'preact';
import { FixedName } from './FixedName';
import { RadioGroup, type RadioOption } from './RadioGroup';

export interface YesNoQuestionProps {
  question: ComponentChildren;
  name: string;
  /** true = Yes, false = No, undefined = not answered yet. */
  value: boolean | undefined;
  onChange(value: boolean): void;
  error?: string;
  hint?: ComponentChildren;
  id?: string;
}

type YesNo = 'yes' | 'no';

export function YesNoQuestion({
  question,
  name,
  value,
  onChange,
  error,
  hint,
  id,
}: YesNoQuestionProps) {
  const options: RadioOption<YesNo>[] = [
    { value: 'yes', label: <FixedName name="button.yes" /> },
    { value: 'no', label: <FixedName name="button.no" /> },
  ];
  const selected: YesNo | undefined = value === undefined ? undefined : value ? 'yes' : 'no';
  return (
    <RadioGroup
      legend={question}
      name={name}
      options={options}
      value={selected}
      onChange={(choice) => onChange(choice === 'yes')}
      layout="inline"
      error={error}
      hint={hint}
      id={id}
    />
  );
}
