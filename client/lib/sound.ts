// A soft two-note chime when the player's turn comes in an online match, so a friend who went to
// another tab or window hears it. Synthesised with Web Audio (no sound file to load); on unless the
// player turned it off, a choice kept in this browser.
import { useEffect, useRef } from 'react';
import { localSetting, useSetting } from './setting';

export const SOUND_KEY = 'mdchess.sound';

/** The stored text as the setting: on unless "off" (nothing or garbage: on). */
export const parseChimeOn = (raw: string | null): boolean => raw !== 'off';

const soundSetting = localSetting<boolean>(SOUND_KEY, parseChimeOn, (on) => (on ? null : 'off'));

export const chimeOn = (): boolean => soundSetting.get();
export const setChimeOn = (on: boolean): void => soundSetting.set(on);
export const useChimeOn = (): boolean => useSetting(soundSetting, true);

/** The notes of the chime: frequency (Hz), start and length (s). A rising fourth, quiet and short. */
export const CHIME_NOTES: { hz: number; at: number; length: number }[] = [
  { hz: 659.25, at: 0, length: 0.28 },
  { hz: 880, at: 0.13, length: 0.42 },
];
const PEAK_GAIN = 0.08;

let audio: AudioContext | null = null;

/** Plays the chime once. Never throws: no Web Audio, or a browser that blocks it, means silence. */
export function playChime(): void {
  try {
    const Ctor = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Ctor) return;
    audio ??= new Ctor();
    if (audio.state === 'suspended') void audio.resume().catch(() => undefined);
    const t0 = audio.currentTime + 0.02;
    for (const n of CHIME_NOTES) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.type = 'sine';
      osc.frequency.value = n.hz;
      const start = t0 + n.at;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(PEAK_GAIN, start + 0.015);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + n.length);
      osc.connect(gain);
      gain.connect(audio.destination);
      osc.start(start);
      osc.stop(start + n.length + 0.05);
    }
  } catch {
    // Sound is a courtesy; a page without it works the same.
  }
}

/**
 * Whether a change of `myTurn` calls for the chime: the turn has just come to this player (not at
 * the first look at the match, when they already know), in a match where they wait for other
 * people. `before` is undefined until the match has been seen.
 */
export function chimeDue(before: boolean | undefined, now: boolean | null, enabled: boolean): boolean {
  return enabled && before === false && now === true;
}

/**
 * Plays the chime when the player's turn comes, if `enabled` here and the player has not turned it
 * off. `myTurn` is null while the match is not known yet (connecting, loading).
 */
export function useTurnChime(myTurn: boolean | null, enabled: boolean): void {
  const on = useChimeOn();
  const before = useRef<boolean | undefined>(undefined);
  useEffect(() => {
    if (myTurn === null) return;
    if (chimeDue(before.current, myTurn, enabled && on)) playChime();
    before.current = myTurn;
  }, [myTurn, enabled, on]);
}
