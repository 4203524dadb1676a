// A read-only value (a link or a code) with a button that copies it; when the clipboard is not
// available the value is selected for copying by hand. Where the device can share (phones, mostly),
// a second button opens its share sheet with the link. The outcome is announced.
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
  /** Offer the device's share sheet too (where there is one), with this title and message; the value is the link shared. */
  share?: { title: string; text: string };
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

const canShare = (): boolean => typeof navigator !== 'undefined' && typeof navigator.share === 'function';

export function CopyField({ label, value, buttonLabel, hint, copiedText = 'Copied.', primary = false, stacked = false, className = '', share }: CopyFieldProps) {
  const uid = useId();
  const { copied, copy: copyText } = useCopy();
  const [shared, setShared] = useState<'yes' | 'no' | null>(null);
  const copy = () => {
    setShared(null);
    return copyText(value, () => (document.getElementById(`${uid}-value`) as HTMLInputElement | null)?.select());
  };
  const shareIt = async () => {
    if (!share) return;
    try {
      await navigator.share({ title: share.title, text: share.text, url: value });
      setShared('yes');
    } catch (err) {
      // Closing the share sheet is not a failure.
      setShared((err as Error)?.name === 'AbortError' ? null : 'no');
    }
  };
  const status = shared === 'yes' ? 'Shared.'
    : shared === 'no' ? 'Sharing did not work here: copy the link instead.'
      : copied === 'yes' ? copiedText : copied === 'no' ? 'Select the text and copy it by hand.' : hint;
  return (
    <div className={`copy-field${stacked ? ' copy-field--stacked' : ''} ${className}`}>
      <label htmlFor={`${uid}-value`} className="field__label">{label}</label>
      <div className="inline-field">
        <input id={`${uid}-value`} className="input input--mono" readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className={`button${primary ? ' button--primary' : ''}`} onClick={copy}>{buttonLabel}</button>
        {share && canShare() && <button type="button" className="button" onClick={shareIt}>Share…</button>}
      </div>
      <p className="field__hint" role="status">{status}</p>
    </div>
  );
}
