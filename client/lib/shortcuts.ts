// Whether the action panel's single-key shortcuts (c r e 1–4 m p h ?) are on in this browser. They
// can be turned off (WCAG 2.1.4): speech input, or a screen reader's own letter keys, could set
// them off by accident. Tab, Enter and Escape always work.
import { localSetting, useSetting } from './setting';

const KEY = 'mdchess.letterKeys';

export const parseLetterKeys = (raw: string | null): boolean => raw !== 'off';
const letterKeys = localSetting<boolean>(KEY, parseLetterKeys, (on) => (on ? null : 'off'));

export const letterKeysOn = (): boolean => letterKeys.get();
export const setLetterKeysOn = (on: boolean): void => letterKeys.set(on);
export const useLetterKeysOn = (): boolean => useSetting(letterKeys, true);
