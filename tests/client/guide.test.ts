// The guide's tips (client/lib/guide.ts): which one shows when, what they say, and the settings kept
// in this browser.
import { describe, expect, it } from 'vitest';
import { GUIDE_DEFAULT, GUIDE_TIP_IDS, loadGuide, nextTip, readBy, saveGuide, withRead, type GuideContext } from '../../client/lib/guide';
import type { G } from '../../game/types';
import { fresh } from '../game/helpers';
import { refuseStorage, withFakeStorage } from './fakeStorage';

/** A context on a fresh short match (round 1, Kazakhstan to play), changed by `edit`. */
function ctx(over: Partial<GuideContext> = {}, edit: (g: G) => void = () => {}): GuideContext {
  const g = fresh({ scenario: 'short' });
  edit(g);
  return { g, seat: '0', canAct: true, previewOpen: false, ...over };
}

/** Reads every tip shown, in order, until none is left for this moment. */
function walk(c: GuideContext, read: string[] = []): string[] {
  const seen = new Set(read);
  const order: string[] = [];
  for (let tip = nextTip(c, seen); tip; tip = nextTip(c, seen)) {
    order.push(tip.id);
    seen.add(tip.id);
  }
  return order;
}

describe('which tip shows when', () => {
  it('a first turn meets the state, the agenda, the event and the actions, and then nothing until an action is chosen', () => {
    expect(walk(ctx())).toEqual(['welcome', 'agenda', 'event', 'actions']);
  });

  it('the preview tip waits for a preview on screen, and only on the player’s turn', () => {
    const read = ['welcome', 'agenda', 'event', 'actions'];
    expect(walk(ctx({ previewOpen: true }), read)).toEqual(['preview']);
    expect(walk(ctx({ previewOpen: true, canAct: false }), read)).not.toContain('preview');
  });

  it('the boards come once an action is taken, or while waiting for one’s turn', () => {
    const read = ['welcome', 'agenda', 'event', 'actions', 'preview'];
    expect(walk(ctx({}, (g) => { g.actionsLeft = 1; }), read)).toEqual(['boards']);
    expect(walk(ctx({ canAct: false }), read)).toEqual(['boards']);
  });

  it('away from one’s turn there is no actions tip', () => {
    expect(walk(ctx({ canAct: false }))).toEqual(['welcome', 'agenda', 'event', 'boards']);
  });

  it('later years bring the powers, tension and upkeep; the brink only from tension 7; the last year in the last round', () => {
    const early = ['welcome', 'agenda', 'event', 'actions', 'preview', 'boards'];
    const year2 = ctx({ canAct: false }, (g) => {
      g.round = 2;
      g.powersLog = [{ round: 1, power: 'CN', state: 'KGZ', board: 'economics', delta: 1, reason: 'lowest' } as unknown as G['powersLog'][number]];
      g.tracks.tension = 6;
    });
    expect(walk(year2, early)).toEqual(['powers', 'tension', 'upkeep']);
    const brink = ctx({ canAct: false }, (g) => { g.round = 2; g.tracks.tension = 7; });
    expect(walk(brink, [...early, 'powers'])).toEqual(['tension', 'upkeep', 'brink']);
    const last = ctx({ canAct: false }, (g) => { g.round = g.rounds; });
    expect(walk(last, [...early, 'powers', 'tension', 'upkeep'])).toEqual(['last-year']);
  });

  it('tension of 4 or more brings its tip in the first year already', () => {
    const read = ['welcome', 'agenda', 'event', 'actions'];
    expect(walk(ctx({}, (g) => { g.tracks.tension = 3; }), read)).toEqual([]);
    expect(walk(ctx({}, (g) => { g.tracks.tension = 4; }), read)).toEqual(['tension']);
  });

  it('says nothing once the match is over, and skips an agenda it cannot see', () => {
    expect(nextTip(ctx({}, (g) => { g.gameover = { winners: ['0'], crisis: false, scores: {} } as unknown as G['gameover']; }), new Set())).toBeNull();
    expect(walk(ctx({}, (g) => { g.states.KAZ.agenda = null; }))).toEqual(['welcome', 'event', 'actions']);
  });

  it('each tip has its own id, eleven in all (the walks above meet every one)', () => {
    expect(new Set(GUIDE_TIP_IDS).size).toBe(GUIDE_TIP_IDS.length);
    expect(GUIDE_TIP_IDS).toHaveLength(11);
  });
});

describe('what the tips say', () => {
  const tip = (id: string, c: GuideContext) => {
    const seen = new Set(GUIDE_TIP_IDS.filter((x) => x !== id));
    const t = nextTip(c, seen);
    expect(t?.id).toBe(id);
    return t!;
  };

  it('names the player’s state and the match’s years', () => {
    const t = tip('welcome', ctx({ seat: '3' }));
    expect(t.title).toBe('You lead Tajikistan');
    expect(t.text).toContain('5 years, 2019 to 2023');
    expect(tip('welcome', { ...ctx(), g: fresh() }).text).toContain('8 years, 2019 to 2026');
  });

  it('gives the agenda’s title and points (rules §9)', () => {
    const fortress = tip('agenda', ctx({}, (g) => { g.states.KAZ.agenda = 'fortress'; }));
    expect(fortress.title).toBe('Your secret agenda: Fortress state');
    expect(fortress.text).toContain('adds 4 points');
    expect(tip('agenda', ctx({}, (g) => { g.states.KAZ.agenda = 'multi-vector'; })).text).toContain('adds 6 points');
  });

  it('names this year’s event', () => {
    expect(tip('event', ctx({}, (g) => { g.event = 'sanctions'; })).text).toContain('“Sanctions bite”');
  });

  it('gives the rules’ numbers: 2 actions, benefit while 2 or less, crisis at 10 costing 5 and 5 more, the brink from 7', () => {
    const actions = tip('actions', ctx());
    expect(actions.title).toBe('Your turn: 2 actions');
    expect(actions.text).toContain('2 or less');
    expect(actions.text).toContain('Suggest a move');
    // A match without hints has no Suggest button to point at.
    expect(tip('actions', ctx({}, (g) => { g.hints = false; })).text).not.toContain('Suggest');
    const tension = tip('tension', ctx({}, (g) => { g.tracks.tension = 5; }));
    expect(tension.title).toBe('Tension: 5 of 10');
    expect(tension.text).toContain('At 10 the match ends at once in a crisis: every state loses 5 points');
    expect(tension.text).toContain('loses 5 more');
    const brink = tip('brink', ctx({}, (g) => { g.tracks.tension = 8; }));
    expect(brink.title).toBe('On the brink: tension 8');
    expect(brink.text).toContain('From 7');
    expect(brink.text).toContain('2 more ends the match');
  });

  it('points each tip at a part of the screen', () => {
    expect(tip('welcome', ctx()).target).toBe('state');
    expect(tip('preview', ctx({ previewOpen: true })).target).toBe('preview');
    expect(tip('powers', ctx({}, (g) => { g.powersLog = [{} as G['powersLog'][number]]; })).target).toBe('powers');
  });
});

describe('the guide’s settings in this browser', () => {
  const store = withFakeStorage('localStorage');

  it('a new browser has the guide on with nothing read', () => {
    expect(loadGuide()).toEqual({ on: true, read: [] });
  });

  it('keeps what was saved, without ids it does not know', () => {
    saveGuide({ on: false, read: ['welcome', 'agenda'] });
    expect(loadGuide()).toEqual({ on: false, read: ['welcome', 'agenda'] });
    store.set('mdchess.guide', JSON.stringify({ on: true, read: ['welcome', 'no-such-tip', 7] }));
    expect(loadGuide()).toEqual({ on: true, read: ['welcome'] });
  });

  it('with several people on one device, each seat’s person reads for themselves', () => {
    let s = withRead(GUIDE_DEFAULT, null, 'welcome');
    s = withRead(s, '2', 'welcome');
    s = withRead(s, '2', 'agenda');
    expect(readBy(s, null)).toEqual(['welcome']);
    expect(readBy(s, '2')).toEqual(['welcome', 'agenda']);
    expect(readBy(s, '3')).toEqual([]);
    saveGuide(s);
    expect(loadGuide()).toEqual({ on: true, read: ['welcome'], bySeat: { 2: ['welcome', 'agenda'] } });
    // Unknown seats and tips are dropped; a garbled list is an empty one.
    store.set('mdchess.guide', JSON.stringify({ on: true, read: [], bySeat: { 1: ['welcome', 'nope'], 9: ['welcome'], 3: 'welcome' } }));
    expect(loadGuide()).toEqual({ on: true, read: [], bySeat: { 1: ['welcome'], 3: [] } });
  });

  it('garbled or wrongly shaped settings give the default', () => {
    for (const raw of ['{', '[]', '"on"', JSON.stringify({ on: 'yes', read: [] }), JSON.stringify({ on: true, read: 'welcome' })]) {
      store.set('mdchess.guide', raw);
      expect(loadGuide()).toEqual(GUIDE_DEFAULT);
    }
  });

  it('storage that refuses to work neither throws nor loses the default', () => {
    refuseStorage('localStorage');
    expect(loadGuide()).toEqual(GUIDE_DEFAULT);
    expect(() => saveGuide({ on: false, read: [] })).not.toThrow();
  });
});
