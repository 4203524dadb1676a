// Display names used in reasons and previews (player-facing texts live in texts.ts).
import type { BasePower, Power, StateId } from './types.js';

export const STATE_NAME: Record<StateId, string> = {
  KAZ: 'Kazakhstan', UZB: 'Uzbekistan', KGZ: 'Kyrgyzstan', TJK: 'Tajikistan', TKM: 'Turkmenistan',
};
export const POWER_NAME: Record<Power, string> = { RU: 'Russia', CN: 'China', EU: 'the EU' };
/** Whose base it is: "the Russian base", "a Chinese base". */
export const BASE_OWNER: Record<BasePower, string> = { RU: 'Russian', CN: 'Chinese' };

/** The text with its first letter capital, to begin a sentence ("the EU" → "The EU"). */
export const capitalFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A change as the game writes it: +2, −1 (with a true minus sign, never a hyphen). */
export const signed = (n: number): string => (n > 0 ? `+${n}` : `−${-n}`);
