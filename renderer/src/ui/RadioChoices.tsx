/** One radio button per choice, labelled; `children` follow the radios inside the same fieldset. */
import type { ReactNode } from 'react';

export function RadioChoices<T extends string>({
  name,
  legend,
  choices,
  value,
  onChange,
  label,
  children,
}: {
  name: string;
  legend: string;
  choices: readonly T[];
  value: T;
  onChange: (value: T) => void;
  label: (choice: T) => string;
  children?: ReactNode;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label key={c}>
          <input type="radio" name={name} value={c} checked={value === c} onChange={() => onChange(c)} /> {label(c)}
        </label>
      ))}
      {children}
    </fieldset>
  );
}
