// The outcome of a facilitator's command, shown next to the control that gave it: a confirmation,
// or the server's sentence when it refused. Announced politely.
import type { Feedback } from '../lib/useConsole';

export function FeedbackLine({ feedback, where }: { feedback: Feedback | null; where: string }) {
  const mine = feedback?.where === where ? feedback : null;
  return (
    <p className={`feedback-line${mine ? (mine.ok ? ' feedback-line--ok' : ' feedback-line--error') : ''}`} role="status">
      {mine && <><span aria-hidden="true">{mine.ok ? '✓ ' : '✗ '}</span>{mine.text}</>}
    </p>
  );
}
