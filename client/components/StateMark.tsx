// A state's marker: its initial letters on a small emblem (states are named, never colour-coded).
import type { StateId } from '../../game/types';

export function StateMark({ id, size = 'md' }: { id: StateId; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <span className={`state-mark state-mark--${size}`} aria-hidden="true">
      {id}
    </span>
  );
}
