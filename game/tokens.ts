// rules §4 "Free actions from events": the kinds of token an event can give.
import type { Board, Power } from './types.js';

export interface TokenKind {
  id: string;
  action: 'court' | 'resist';
  /** Fixed board and power, or null when the holder chooses. */
  board: Board | null;
  power: Power | null;
  /** "At no cost": resource costs are waived (gains still come). */
  free: boolean;
}

export const TOKEN_KINDS: Record<string, TokenKind> = {
  'court-CN-economics': { id: 'court-CN-economics', action: 'court', board: 'economics', power: 'CN', free: false },
  'court-EU-politics': { id: 'court-EU-politics', action: 'court', board: 'politics', power: 'EU', free: false },
  'court-RU-military': { id: 'court-RU-military', action: 'court', board: 'military', power: 'RU', free: false },
  'resist-CN-economics-free': { id: 'resist-CN-economics-free', action: 'resist', board: 'economics', power: 'CN', free: true },
  'resist-any-free': { id: 'resist-any-free', action: 'resist', board: null, power: null, free: true },
};
