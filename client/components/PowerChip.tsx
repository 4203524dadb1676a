// A power's chip: its colour as a swatch, always with its letters (ui.md: never colour alone).
import type { Power } from '../../game/types';
import { PowerTitle } from '../lib/actionText';

export function PowerChip({ power, full = false }: { power: Power; full?: boolean }) {
  return (
    <span className={`power-chip power-chip--${power}`}>
      <span className="power-chip__swatch" aria-hidden="true" />
      {full ? PowerTitle[power] : power}
    </span>
  );
}
