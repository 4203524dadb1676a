// Display names used in reasons and previews (player-facing texts live in texts.ts).
import type { Power, StateId } from './types.js';

export const STATE_NAME: Record<StateId, string> = {
  KAZ: 'Kazakhstan', UZB: 'Uzbekistan', KGZ: 'Kyrgyzstan', TJK: 'Tajikistan', TKM: 'Turkmenistan',
};
export const POWER_NAME: Record<Power, string> = { RU: 'Russia', CN: 'China', EU: 'the EU' };
