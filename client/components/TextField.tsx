// A labelled text field with an optional hint and error, wired for screen readers (the hint and
// the error describe the input; an error marks it invalid).
import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The input's id (to focus it); a generated one when absent. */
  id?: string;
  hint?: ReactNode;
  error?: string | null;
  inputClassName?: string;
}

export function TextField({ label, value, onChange, id, hint, error, inputClassName = '', ...rest }: TextFieldProps) {
  const uid = useId();
  const inputId = id ?? `${uid}-input`;
  const described = [hint ? `${inputId}-hint` : '', error ? `${inputId}-err` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={inputId} className="field__label">{label}</label>
      <input
        id={inputId}
        className={`input ${inputClassName}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        {...rest}
      />
      {hint && <p id={`${inputId}-hint`} className="field__hint">{hint}</p>}
      {error && <p id={`${inputId}-err`} className="field__error">{error}</p>}
    </div>
  );
}

/** The player's display name (24 characters at most), as the lobby and the seminar take it. */
export function NameField({ id, value, onChange, hint = 'Up to 24 characters. Shown to the other players.', error }: Pick<TextFieldProps, 'id' | 'value' | 'onChange' | 'hint' | 'error'>) {
  return <TextField id={id} label="Your name" value={value} onChange={onChange} maxLength={24} autoComplete="nickname" required hint={hint} error={error} />;
}
