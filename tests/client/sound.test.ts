// The turn chime (client/lib/sound.ts): when it is due, the setting kept in this browser, and a
// browser without Web Audio.
import { describe, expect, it } from 'vitest';
import { CHIME_NOTES, chimeDue, chimeOn, parseChimeOn, playChime, setChimeOn, SOUND_KEY } from '../../client/lib/sound';
import { refuseStorage, withFakeStorage } from './fakeStorage';

describe('when the chime is due', () => {
  it('when the turn has just come to the player', () => {
    expect(chimeDue(false, true, true)).toBe(true);
  });
  it('not at the first look, not while the turn lasts, not when it passes', () => {
    expect(chimeDue(undefined, true, true)).toBe(false);
    expect(chimeDue(true, true, true)).toBe(false);
    expect(chimeDue(true, false, true)).toBe(false);
    expect(chimeDue(false, false, true)).toBe(false);
    expect(chimeDue(false, null, true)).toBe(false);
  });
  it('never when turned off or where the player plays alone', () => {
    expect(chimeDue(false, true, false)).toBe(false);
  });
  it('is short and rises', () => {
    const end = Math.max(...CHIME_NOTES.map((n) => n.at + n.length));
    expect(end).toBeLessThanOrEqual(0.6);
    expect(CHIME_NOTES[1].hz).toBeGreaterThan(CHIME_NOTES[0].hz);
  });
});

describe('the setting', () => {
  const store = withFakeStorage('localStorage');

  it('is on unless "off" is stored', () => {
    expect(parseChimeOn(null)).toBe(true);
    expect(parseChimeOn('off')).toBe(false);
    for (const raw of ['on', '', 'OFF', 'false']) expect(parseChimeOn(raw)).toBe(true);
  });

  it('keeps "off" in storage; turning it on again removes the key', () => {
    setChimeOn(false);
    expect(chimeOn()).toBe(false);
    expect(store.get(SOUND_KEY)).toBe('off');
    setChimeOn(true);
    expect(chimeOn()).toBe(true);
    expect(store.has(SOUND_KEY)).toBe(false);
  });

  it('survives storage that refuses every call', () => {
    refuseStorage('localStorage');
    expect(() => setChimeOn(false)).not.toThrow();
  });
});

describe('playing it', () => {
  it('is silent, not an error, without Web Audio', () => {
    const g = globalThis as Record<string, unknown>;
    g.window = {};
    try {
      expect(() => playChime()).not.toThrow();
    } finally {
      delete g.window;
    }
  });

  it('schedules one oscillator per note on the audio output', () => {
    const started: number[] = [];
    const connected: unknown[] = [];
    const param = () => ({ value: 0, setValueAtTime() {}, exponentialRampToValueAtTime() {} });
    class FakeAudio {
      state = 'running';
      currentTime = 10;
      destination = { name: 'out' };
      createOscillator() {
        const frequency = param();
        return { type: '', frequency, connect() {}, start: () => started.push(frequency.value), stop() {} };
      }
      createGain() {
        return { gain: param(), connect: (to: unknown) => connected.push(to) };
      }
      resume() { return Promise.resolve(); }
    }
    const g = globalThis as Record<string, unknown>;
    g.window = { AudioContext: FakeAudio };
    try {
      playChime();
      expect(started).toEqual(CHIME_NOTES.map((n) => n.hz));
      expect(connected).toEqual(CHIME_NOTES.map(() => ({ name: 'out' })));
    } finally {
      delete g.window;
    }
  });
});
