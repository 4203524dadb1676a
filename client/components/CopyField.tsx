// A read-only value (a link or a code) with a button that copies it; when the clipboard is not
// available the value is selected for copying by hand. The outcome is announced.
import { useId, useState, type ReactNode } from 'react';

export interface CopyFieldProps {
  label: string;
  value: string;
  /** The button's text, e.g. "Copy invite link". */
  buttonLabel: string;
  /** Shown under the field until something is copied. */
  hint?: ReactNode;
  copiedText?: string;
  primary?: boolean;
  /** The button under the field, not beside it (narrow places). */
  stacked?: boolean;
  className?: string;
}

/** Copies a text to the clipboard; `copied` says how it went ('no': the caller should offer it to select). */
export function useCopy() {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async (value: string, fallback?: () => void) => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      fallback?.();
      setCopied('no');
    }
  };
  return { copied, copy };
}

export function CopyField({ label, value, buttonLabel, hint, copiedText = 'Copied.', primary = false, stacked = false, className = '' }: CopyFieldProps) {
  const uid = useId();
  const { copied, copy: copyText } = useCopy();
  const copy = () => copyText(value, () => (document.getElementById(`${uid}-value`) as HTMLInputElement | null)?.select());
  return (
    <div className={`copy-field${stacked ? ' copy-field--stacked' : ''} ${className}`}>
      <label htmlFor={`${uid}-value`} className="field__label">{label}</label>
      <div className="inline-field">
        <input id={`${uid}-value`} className="input input--mono" readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className={`button${primary ? ' button--primary' : ''}`} onClick={copy}>{buttonLabel}</button>
      </div>
      <p className="field__hint" role="status">
        {copied === 'yes' ? copiedText : copied === 'no' ? 'Select the text and copy it by hand.' : hint}
      </p>
    </div>
  );
}
