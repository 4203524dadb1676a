// rules §12 what each viewer may see, and previews that match what actions then do.
import { describe, expect, it } from 'vitest';
import { LIMITS, TURN } from '../../game/config.js';
import { BENEFIT_MAX } from '../../game/court.js';
import { applyAction, explainIllegal } from '../../game/engine.js';
import { ERA_A, ERA_B, EVENTS } from '../../game/events.js';
import { previewAction, type Change } from '../../game/preview.js';
import { finalScore } from '../../game/score.js';
import type { Action, G, Seat } from '../../game/types.js';
import { SEATS, STATE_IDS, seatOf, stateOf } from '../../game/types.js';
import { facilitatorView, playerView } from '../../game/view.js';
import { activate, clean, fresh, rng, setCell, setTrack, snapshot } from './helpers.js';

/** A game in which every seat holds a token, so hiding tokens is visible. */
function withTokens(): G {
  const g = fresh();
  EVENTS['leaders-summit'].apply(g);
  return g;
}

describe('rules §12 a seat\'s view', () => {
  it.each([...SEATS])('seat %s sees its own agenda and tokens only', (seat) => {
    const g = withTokens();
    const v = playerView(g, seat);
    for (const id of STATE_IDS) {
      if (seatOf(id) === seat) {
        expect(v.states[id].agenda).toBe(g.states[id].agenda);
        expect(v.states[id].agenda).not.toBeNull();
        expect(v.states[id].tokens).toEqual(g.states[id].tokens);
        expect(v.states[id].tokens.length).toBeGreaterThan(0);
      } else {
        expect(v.states[id].agenda).toBeNull();
        expect(v.states[id].tokens).toEqual([]);
      }
    }
  });

  it('never shows the order of undrawn events', () => {
    const g = withTokens();
    for (const viewer of [...SEATS, null]) {
      const v = playerView(g, viewer);
      expect(v.deck).toEqual({ A: [], B: [] });
      const json = JSON.stringify(v);
      for (const id of [...ERA_A, ...ERA_B].filter((c) => !g.eventsDrawn.includes(c))) {
        expect(json.includes(`"${id}"`), id).toBe(false);
      }
      expect(v.deckSize).toEqual(g.deckSize); // how many remain is public
    }
  });

  it('keeps everything public: tracks, influence, resources, blame, the tension record, the drawn events', () => {
    const g = withTokens();
    const v = playerView(g, '2');
    expect(v.tracks).toEqual(g.tracks);
    expect(v.tensionLog).toEqual(g.tensionLog);
    expect(v.eventsDrawn).toEqual(g.eventsDrawn);
    expect(v.event).toBe(g.event);
    for (const id of STATE_IDS) {
      const { agenda: _a, tokens: _t, ...pub } = v.states[id];
      const { agenda: _b, tokens: _u, ...full } = g.states[id];
      expect(pub).toEqual(full);
    }
  });

  it('does not change the game it views', () => {
    const g = withTokens();
    const before = snapshot(g);
    playerView(g, '0');
    playerView(g, null);
    expect(g).toEqual(before);
  });
});

describe('rules §12 a spectator\'s view', () => {
  it.each([null, undefined, '9', '', 'spectator'])('%s sees no agenda, no token and no deck', (viewer) => {
    const g = withTokens();
    const v = playerView(g, viewer);
    for (const id of STATE_IDS) {
      expect(v.states[id].agenda).toBeNull();
      expect(v.states[id].tokens).toEqual([]);
    }
    expect(v.deck).toEqual({ A: [], B: [] });
  });

  it('a facilitator sees everything', () => {
    const g = withTokens();
    expect(facilitatorView(g)).toEqual(g);
  });
});

describe('rules §9/§12 after the end, agendas are revealed', () => {
  it.each([...SEATS, null])('viewer %s sees every agenda once the game is over', (viewer) => {
    const g = fresh();
    g.gameover = finalScore(g, false);
    const v = playerView(g, viewer);
    for (const id of STATE_IDS) expect(v.states[id].agenda).toBe(g.states[id].agenda);
    expect(v.gameover!.agendas).toEqual(Object.fromEntries(STATE_IDS.map((id) => [seatOf(id), g.states[id].agenda])));
  });
});

describe('previewAction', () => {
  const ACTIONS: [string, Seat, Action, (g: G) => void][] = [
    ['court with benefit', '1', { type: 'court', board: 'culture', power: 'EU' }, () => {}],
    ['court without benefit', '0', { type: 'court', board: 'politics', power: 'RU' }, (g) => setCell(g, 'KAZ', 'politics', 'RU', BENEFIT_MAX + 1)],
    ['BRI project', '0', { type: 'court', board: 'economics', power: 'CN' }, () => {}],
    ['court CN military with tension', '1', { type: 'court', board: 'military', power: 'CN' }, () => {}],
    ['court EU politics', '1', { type: 'court', board: 'politics', power: 'EU' }, () => {}],
    ['resist on culture', '0', { type: 'resist', board: 'culture', power: 'RU' }, () => {}],
    ['Own course resist', '1', { type: 'resist', board: 'politics', power: 'RU' }, () => {}],
    ['join', '1', { type: 'join', institution: 'CSTO' }, () => {}],
    ['leave', '0', { type: 'leave', institution: 'EAEU' }, () => {}],
    ['host a CN base', '4', { type: 'hostBase', power: 'CN' }, () => {}],
    ['close a base', '3', { type: 'closeBase', power: 'RU' }, () => {}],
    ['mediate', '2', { type: 'mediate' }, () => {}],
    ['free resist token', '0', { type: 'useToken', tokenId: 'leaders-summit-r1', board: 'military', power: 'RU' },
      (g) => EVENTS['leaders-summit'].apply(g)],
  ];

  it.each(ACTIONS)('%s: the preview is what applyAction then does to the acting state and the tracks', (_n, seat, action, prep) => {
    const g = clean();
    prep(g);
    activate(g, seat);
    const before = snapshot(g);
    const p = previewAction(g, seat, action);
    expect(g).toEqual(before); // the preview changes nothing
    expect(p.legal).toBe(true);
    if (!p.legal) return;
    expect(applyAction(g, seat, action, rng())).toEqual({ ok: true });
    const id = stateOf(seat);
    expect(p.after.states[id]).toEqual(g.states[id]);
    expect(p.after.tracks).toEqual(g.tracks);
    expect(p.after.tensionLog).toEqual(g.tensionLog);
    expect(p.endsTurn).toBe(false);
    // Every change listed is a real difference, and each has a line.
    expect(p.lines.length).toBeGreaterThanOrEqual(p.changes.length);
    for (const c of p.changes) {
      if (c.kind === 'resource') expect(g.states[id][c.resource] - before.states[id][c.resource]).toBe(c.delta);
      if (c.kind === 'track') expect(g.tracks[c.track] - before.tracks[c.track]).toBe(c.delta);
      if (c.kind === 'influence') expect(g.states[id].influence[c.board][c.power] - before.states[id].influence[c.board][c.power]).toBe(c.delta);
    }
  });

  // rules §4: each action's effects, as the preview lists them and says them, in full and in order
  // (influence by board, resources, BRI, institutions, bases, tracks, blame).
  const EXACT: [string, Seat, Action, (g: G) => void, Change[], string[]][] = [
    ['court EU on culture (with its benefit)', '1', { type: 'court', board: 'culture', power: 'EU' }, () => {},
      [{ kind: 'influence', board: 'culture', power: 'EU', delta: 1 }, { kind: 'resource', resource: 'stability', delta: 1 }],
      ['The EU +1 on your culture', '+1 stability']],
    ['a BRI project for Kazakhstan (Corridor), its third', '0', { type: 'court', board: 'economics', power: 'CN' }, (g) => { g.states.KAZ.bri = 2; },
      [{ kind: 'influence', board: 'economics', power: 'CN', delta: 1 }, { kind: 'resource', resource: 'economy', delta: 4 },
        { kind: 'resource', resource: 'debt', delta: 1 }, { kind: 'bri', delta: 1 }],
      ['China +1 on your economics', '+4 economy', '+1 debt', '+1 BRI project']],
    ['join CSTO', '1', { type: 'join', institution: 'CSTO' }, () => {},
      [{ kind: 'influence', board: 'military', power: 'RU', delta: 1 }, { kind: 'resource', resource: 'security', delta: 1 },
        { kind: 'member', institution: 'CSTO', joined: true }],
      ['Russia +1 on your military', '+1 security', 'You join the CSTO']],
    ['leave EAEU', '0', { type: 'leave', institution: 'EAEU' }, () => {},
      [{ kind: 'influence', board: 'economics', power: 'RU', delta: -1 }, { kind: 'resource', resource: 'economy', delta: -2 },
        { kind: 'member', institution: 'EAEU', joined: false }],
      ['Russia −1 on your economics', '−2 economy', 'You leave the EAEU']],
    ['host a CN base, with blame 1 already', '4', { type: 'hostBase', power: 'CN' }, (g) => { g.states.TKM.blame = 1; },
      [{ kind: 'influence', board: 'military', power: 'CN', delta: 2 }, { kind: 'resource', resource: 'economy', delta: 1 },
        { kind: 'resource', resource: 'security', delta: 3 }, { kind: 'base', power: 'CN', hosted: true },
        { kind: 'track', track: 'tension', delta: 2 }, { kind: 'blame', delta: 2 }],
      ['China +2 on your military', '+1 economy', '+3 security', 'A Chinese base opens', 'Tension +2', 'Your blame +2']],
    ['close an RU base', '3', { type: 'closeBase', power: 'RU' }, () => {},
      [{ kind: 'influence', board: 'politics', power: 'RU', delta: -1 }, { kind: 'influence', board: 'military', power: 'RU', delta: -2 },
        { kind: 'resource', resource: 'security', delta: -2 }, { kind: 'base', power: 'RU', hosted: false }],
      ['Russia −1 on your politics', 'Russia −2 on your military', '−2 security', 'The Russian base closes']],
    ['a resist that costs', '0', { type: 'resist', board: 'politics', power: 'RU' }, () => {},
      [{ kind: 'influence', board: 'politics', power: 'RU', delta: -1 }, { kind: 'resource', resource: 'security', delta: -1 }],
      ['Russia −1 on your politics', '−1 security']],
    ['UZB Own course: a first resist at no cost', '1', { type: 'resist', board: 'politics', power: 'RU' }, () => {},
      [{ kind: 'influence', board: 'politics', power: 'RU', delta: -1 }],
      ['Russia −1 on your politics', 'No cost this time.']],
    ['a token to resist at no cost (rules §4 free actions)', '0',
      { type: 'useToken', tokenId: 't1', board: 'politics', power: 'RU' }, (g) => { g.states.KAZ.tokens = [{ id: 't1', kind: 'resist-any-free' }]; },
      [{ kind: 'influence', board: 'politics', power: 'RU', delta: -1 }],
      ['Russia −1 on your politics', 'No cost this time.']],
    ['the last action of a turn', '0', { type: 'court', board: 'culture', power: 'EU' }, (g) => { g.actionsLeft = 1; },
      [{ kind: 'influence', board: 'culture', power: 'EU', delta: 1 }, { kind: 'resource', resource: 'stability', delta: 1 }],
      ['The EU +1 on your culture', '+1 stability', 'Ends Kazakhstan\'s turn.']],
    ['pass', '0', { type: 'pass' }, () => {}, [], ['Ends Kazakhstan\'s turn.']],
  ];

  it.each(EXACT)('%s: lists every change and says each in a line', (_n, seat, action, prep, changes, lines) => {
    const g = clean();
    activate(g, seat);
    prep(g);
    const p = previewAction(g, seat, action);
    expect(p.legal).toBe(true);
    if (!p.legal) return;
    expect(p.changes).toEqual(changes);
    expect(p.lines).toEqual(lines);
  });

  it('lists the tension a CN base would cause and the blame it brings', () => {
    const g = clean();
    const p = previewAction(g, '0', { type: 'hostBase', power: 'CN' });
    expect(p.legal && p.changes).toEqual(expect.arrayContaining([
      { kind: 'track', track: 'tension', delta: 2 },
      { kind: 'blame', delta: 2 },
      { kind: 'resource', resource: 'security', delta: 3 },
    ]));
  });

  it('says when an action ends the turn', () => {
    const g = clean();
    expect(previewAction(g, '0', { type: 'pass' })).toMatchObject({ legal: true, endsTurn: true });
    g.actionsLeft = 1;
    expect(previewAction(g, '0', { type: 'court', board: 'culture', power: 'EU' })).toMatchObject({ legal: true, endsTurn: true });
    g.actionsLeft = TURN.actions;
    expect(previewAction(g, '0', { type: 'court', board: 'culture', power: 'EU' })).toMatchObject({ legal: true, endsTurn: false });
  });

  it('says when court brings no benefit', () => {
    const g = clean();
    setCell(g, 'KAZ', 'politics', 'RU', BENEFIT_MAX + 1);
    const p = previewAction(g, '0', { type: 'court', board: 'politics', power: 'RU' });
    expect(p.legal && p.lines.join(' ')).toMatch(/No benefit/);
  });

  it('warns when an action would bring a crisis', () => {
    const g = clean();
    setTrack(g, 'tension', LIMITS.tensionMax - 2);
    const p = previewAction(g, '0', { type: 'hostBase', power: 'CN' });
    expect(p.legal && p.lines.join(' ')).toMatch(/crisis/);
  });

  it('explains an illegal action with a sentence: EU economics at EU engagement 1', () => {
    const g = clean();
    setTrack(g, 'euEngagement', 1);
    activate(g, 'UZB');
    const p = previewAction(g, '1', { type: 'court', board: 'economics', power: 'EU' });
    expect(p.legal).toBe(false);
    if (p.legal) return;
    expect(p.reason).toMatch(/EU engagement 2 \(now 1\)/);
    expect(p.reason).toMatch(/^[A-Z].*\.$/);
    expect(explainIllegal(g, '1', { type: 'court', board: 'economics', power: 'EU' })).toBe(p.reason);
  });

  it.each([
    ['influence cap', (g: G) => setCell(g, 'KAZ', 'culture', 'EU', LIMITS.influenceMax), '0', { type: 'court', board: 'culture', power: 'EU' }],
    ['nothing to resist', (g: G) => setCell(g, 'KAZ', 'military', 'EU', 0), '0', { type: 'resist', board: 'military', power: 'EU' }],
    ['a cost too high', (g: G) => { g.states.KAZ.security = 0; }, '0', { type: 'resist', board: 'politics', power: 'RU' }],
    ['not your turn', () => {}, '1', { type: 'pass' }],
    ['a missing requirement', () => {}, '0', { type: 'hostBase', power: 'RU' }],
    ['game over', (g: G) => { g.gameover = finalScore(g, false); }, '0', { type: 'pass' }],
  ] as [string, (g: G) => void, Seat, Action][])('explains %s with a sentence', (_n, prep, seat, action) => {
    const g = clean();
    prep(g);
    const p = previewAction(g, seat, action);
    expect(p.legal).toBe(false);
    if (p.legal) return;
    expect(p.reason).toMatch(/^[A-Z].*\.$/);
  });
});
