// rules §6: each of the 24 event cards, its ties, its tokens, and who is blamed for its tension.
import { describe, expect, it } from 'vitest';
import { CRISIS, LIMITS } from '../../game/config.js';
import { EVENTS, EVENT_IDS } from '../../game/events.js';
import { TOKEN_KINDS } from '../../game/tokens.js';
import type { G, StateId } from '../../game/types.js';
import { STATE_IDS } from '../../game/types.js';
import { activate, clean, must, mustFail, passRound, setBoard, setCell, setRes, setTrack, snapshot, stackEvent } from './helpers.js';

const apply = (g: G, id: string): G => { const before = snapshot(g); EVENTS[id].apply(g); return before; };
const res = (g: G, id: StateId) => { const s = g.states[id]; return { economy: s.economy, security: s.security, stability: s.stability, debt: s.debt }; };
const tokenKinds = (g: G, id: StateId) => g.states[id].tokens.map((t) => t.kind);
const others = (ids: StateId[]) => STATE_IDS.filter((id) => !ids.includes(id));

/** Asserts that only the listed states' data changed (tracks may change). */
function onlyChanged(before: G, after: G, ids: StateId[]): void {
  for (const id of others(ids)) expect(after.states[id], id).toEqual(before.states[id]);
}

describe('rules §6 era A', () => {
  it('sanctions: asymmetry +1; tension −1', () => {
    const g = clean();
    setTrack(g, 'tension', 4);
    setTrack(g, 'asymmetry', 4);
    const b = apply(g, 'sanctions');
    expect(g.tracks).toEqual({ ...b.tracks, tension: 3, asymmetry: 5 });
    expect(g.states).toEqual(b.states);
  });

  it('trade-war: CN economics +1 in the two states with the lowest CN economics; tension −1', () => {
    const g = clean();
    setTrack(g, 'tension', 4);
    for (const id of STATE_IDS) setCell(g, id, 'economics', 'CN', 3);
    setCell(g, 'TJK', 'economics', 'CN', 1);
    setCell(g, 'UZB', 'economics', 'CN', 2);
    const b = apply(g, 'trade-war');
    expect(g.states.TJK.influence.economics.CN).toBe(2);
    expect(g.states.UZB.influence.economics.CN).toBe(3);
    onlyChanged(b, g, ['TJK', 'UZB']);
    expect(g.tracks.tension).toBe(3);
  });

  it('trade-war: ties go by seat order', () => {
    const g = clean();
    for (const id of STATE_IDS) setCell(g, id, 'economics', 'CN', 2);
    setCell(g, 'KGZ', 'economics', 'CN', 1);
    apply(g, 'trade-war');
    // KGZ is lowest; among the tied rest, KAZ (seat 0) comes first.
    expect(STATE_IDS.map((id) => g.states[id].influence.economics.CN)).toEqual([3, 2, 2, 2, 2]);
    const h = clean();
    for (const id of STATE_IDS) setCell(h, id, 'economics', 'CN', 2);
    apply(h, 'trade-war');
    expect(STATE_IDS.map((id) => h.states[id].influence.economics.CN)).toEqual([3, 3, 2, 2, 2]);
  });

  it('bri-forum: every seat gets a token "court CN on economics"', () => {
    const g = clean();
    apply(g, 'bri-forum');
    for (const id of STATE_IDS) {
      expect(tokenKinds(g, id)).toEqual(['court-CN-economics']);
      expect(TOKEN_KINDS['court-CN-economics']).toMatchObject({ action: 'court', board: 'economics', power: 'CN', free: false });
    }
  });

  it('greater-eurasia: RU politics +1 in every EAEU member, nowhere else', () => {
    const g = clean();
    g.states.UZB.members.push('EAEU');
    setCell(g, 'KAZ', 'politics', 'RU', 2);
    const b = apply(g, 'greater-eurasia');
    for (const id of ['KAZ', 'KGZ', 'UZB'] as StateId[]) expect(g.states[id].influence.politics.RU).toBe(b.states[id].influence.politics.RU + 1);
    onlyChanged(b, g, ['KAZ', 'KGZ', 'UZB']);
    expect(g.tracks).toEqual(b.tracks);
  });

  it('alignment: tension −1; every EAEU member economy +1', () => {
    const g = clean();
    setTrack(g, 'tension', 3);
    const b = apply(g, 'alignment');
    expect(g.tracks.tension).toBe(2);
    expect(g.states.KAZ.economy).toBe(b.states.KAZ.economy + 1);
    expect(g.states.KGZ.economy).toBe(b.states.KGZ.economy + 1);
    onlyChanged(b, g, ['KAZ', 'KGZ']);
  });

  it('sco-expansion: tension −1; mediate may be used twice this round', () => {
    const g = clean();
    setTrack(g, 'tension', 3);
    const b = apply(g, 'sco-expansion');
    expect(g.tracks.tension).toBe(2);
    expect(g.mediationsLeft).toBe(2);
    expect(g.states).toEqual(b.states);
  });

  it('eu-strategy: euEngagement +1; every seat gets a token "court EU on politics"', () => {
    const g = clean();
    setTrack(g, 'euEngagement', 1);
    apply(g, 'eu-strategy');
    expect(g.tracks.euEngagement).toBe(2);
    for (const id of STATE_IDS) expect(tokenKinds(g, id)).toEqual(['court-EU-politics']);
  });

  it('afghan-border: TJK, UZB, TKM security −2; those in the CSTO get a token "court RU on military"', () => {
    const g = clean();
    g.states.UZB.members.push('CSTO');
    const b = apply(g, 'afghan-border');
    for (const id of ['TJK', 'UZB', 'TKM'] as StateId[]) expect(g.states[id].security).toBe(b.states[id].security - 2);
    expect(tokenKinds(g, 'TJK')).toEqual(['court-RU-military']);
    expect(tokenKinds(g, 'UZB')).toEqual(['court-RU-military']);
    expect(tokenKinds(g, 'TKM')).toEqual([]);
    expect(tokenKinds(g, 'KAZ')).toEqual([]); // a CSTO member, but not on the border list
    onlyChanged(b, g, ['TJK', 'UZB', 'TKM']);
  });

  it('xinjiang: CN culture −1 in every state (not below 0); KAZ and KGZ stability −1', () => {
    const g = clean();
    setCell(g, 'UZB', 'culture', 'CN', 2);
    setCell(g, 'KAZ', 'culture', 'CN', 0);
    const b = apply(g, 'xinjiang');
    for (const id of STATE_IDS) expect(g.states[id].influence.culture.CN).toBe(Math.max(0, b.states[id].influence.culture.CN - 1));
    expect(g.states.UZB.influence.culture.CN).toBe(1);
    expect(g.states.KAZ.stability).toBe(b.states.KAZ.stability - 1);
    expect(g.states.KGZ.stability).toBe(b.states.KGZ.stability - 1);
    for (const id of ['UZB', 'TJK', 'TKM'] as StateId[]) expect(res(g, id)).toEqual(res(b, id));
  });

  it('land-protests: the state with the highest CN economics: stability −2 and a free "resist CN on economics" token', () => {
    const g = clean();
    for (const id of STATE_IDS) setCell(g, id, 'economics', 'CN', 2);
    setCell(g, 'KGZ', 'economics', 'CN', 4);
    const b = apply(g, 'land-protests');
    expect(g.states.KGZ.stability).toBe(b.states.KGZ.stability - 2);
    expect(tokenKinds(g, 'KGZ')).toEqual(['resist-CN-economics-free']);
    expect(TOKEN_KINDS['resist-CN-economics-free']).toMatchObject({ action: 'resist', board: 'economics', power: 'CN', free: true });
    onlyChanged(b, g, ['KGZ']);
  });

  it('land-protests: all tied states are hit', () => {
    const g = clean();
    for (const id of STATE_IDS) setCell(g, id, 'economics', 'CN', 2);
    setCell(g, 'UZB', 'economics', 'CN', 4);
    setCell(g, 'TKM', 'economics', 'CN', 4);
    const b = apply(g, 'land-protests');
    for (const id of ['UZB', 'TKM'] as StateId[]) {
      expect(g.states[id].stability).toBe(b.states[id].stability - 2);
      expect(tokenKinds(g, id)).toEqual(['resist-CN-economics-free']);
    }
    onlyChanged(b, g, ['UZB', 'TKM']);
    const all = clean();
    for (const id of STATE_IDS) setCell(all, id, 'economics', 'CN', 3);
    const b2 = apply(all, 'land-protests');
    for (const id of STATE_IDS) expect(all.states[id].stability).toBe(b2.states[id].stability - 2);
  });

  it('remittances-fall: KGZ, TJK, UZB economy −1 and RU culture −1', () => {
    const g = clean();
    const b = apply(g, 'remittances-fall');
    for (const id of ['KGZ', 'TJK', 'UZB'] as StateId[]) {
      expect(g.states[id].economy).toBe(b.states[id].economy - 1);
      expect(g.states[id].influence.culture.RU).toBe(b.states[id].influence.culture.RU - 1);
    }
    onlyChanged(b, g, ['KGZ', 'TJK', 'UZB']);
  });

  it('joint-exercise: tension −1; RU military +1 and CN military +1 in TJK', () => {
    const g = clean();
    setTrack(g, 'tension', 3);
    setBoard(g, 'TJK', 'military', [2, 1, 0]);
    const b = apply(g, 'joint-exercise');
    expect(g.tracks.tension).toBe(2);
    expect(g.states.TJK.influence.military).toEqual({ RU: 3, CN: 2, EU: 0 });
    onlyChanged(b, g, ['TJK']);
  });
});

describe('rules §6 era B', () => {
  it('pamir-outpost: CN military +2 in TJK; tension +2; TJK security +1', () => {
    const g = clean();
    setTrack(g, 'tension', 3);
    setBoard(g, 'TJK', 'military', [3, 1, 0]);
    const b = apply(g, 'pamir-outpost');
    expect(g.tracks.tension).toBe(5);
    expect(g.states.TJK.influence.military.CN).toBe(3);
    expect(g.states.TJK.security).toBe(b.states.TJK.security + 1);
    onlyChanged(b, g, ['TJK']);
  });

  it('gas-pipeline: TKM economy +2; CN economics +1 in TKM, UZB and KAZ', () => {
    const g = clean();
    setCell(g, 'TKM', 'economics', 'CN', 2);
    const b = apply(g, 'gas-pipeline');
    expect(g.states.TKM.economy).toBe(b.states.TKM.economy + 2);
    for (const id of ['TKM', 'UZB', 'KAZ'] as StateId[]) expect(g.states[id].influence.economics.CN).toBe(b.states[id].influence.economics.CN + 1);
    expect(res(g, 'UZB')).toEqual(res(b, 'UZB'));
    onlyChanged(b, g, ['TKM', 'UZB', 'KAZ']);
  });

  it('gas-glut: TKM economy −2; KAZ and UZB economy −1', () => {
    const g = clean();
    const b = apply(g, 'gas-glut');
    expect(g.states.TKM.economy).toBe(b.states.TKM.economy - 2);
    expect(g.states.KAZ.economy).toBe(b.states.KAZ.economy - 1);
    expect(g.states.UZB.economy).toBe(b.states.UZB.economy - 1);
    onlyChanged(b, g, ['TKM', 'KAZ', 'UZB']);
  });

  it('junior-partner: asymmetry −1; tension +1; euEngagement +1', () => {
    const g = clean();
    g.tracks = { tension: 3, asymmetry: 5, euEngagement: 2 };
    const b = apply(g, 'junior-partner');
    expect(g.tracks).toEqual({ tension: 4, asymmetry: 4, euEngagement: 3 });
    expect(g.states).toEqual(b.states);
  });

  it('debt-talks: every state with debt ≥3: debt −1 and CN politics +1', () => {
    const g = clean();
    setRes(g, 'TJK', 'debt', 3);
    setRes(g, 'UZB', 'debt', 5);
    setRes(g, 'KGZ', 'debt', 2);
    const b = apply(g, 'debt-talks');
    for (const id of ['TJK', 'UZB'] as StateId[]) {
      expect(g.states[id].debt).toBe(b.states[id].debt - 1);
      expect(g.states[id].influence.politics.CN).toBe(b.states[id].influence.politics.CN + 1);
    }
    onlyChanged(b, g, ['TJK', 'UZB']);
  });

  it('eu-connectivity: euEngagement +1; EU economics +1 in the state with the most total EU influence', () => {
    const g = clean();
    for (const id of STATE_IDS) setBoard(g, id, 'politics', [2, 1, 0]);
    for (const id of STATE_IDS) setBoard(g, id, 'economics', [2, 2, 0]);
    for (const id of STATE_IDS) setBoard(g, id, 'culture', [2, 1, 0]);
    setCell(g, 'KGZ', 'culture', 'EU', 2);
    setCell(g, 'TJK', 'politics', 'EU', 1);
    setTrack(g, 'euEngagement', 2);
    const b = apply(g, 'eu-connectivity');
    expect(g.tracks.euEngagement).toBe(3);
    expect(g.states.KGZ.influence.economics.EU).toBe(1);
    onlyChanged(b, g, ['KGZ']);
  });

  it('eu-connectivity: all tied states get EU economics +1', () => {
    const g = clean();
    for (const id of STATE_IDS) for (const board of ['politics', 'economics', 'military', 'culture'] as const) setCell(g, id, board, 'EU', 0);
    setCell(g, 'UZB', 'culture', 'EU', 2);
    setCell(g, 'TKM', 'politics', 'EU', 2);
    const b = apply(g, 'eu-connectivity');
    expect(g.states.UZB.influence.economics.EU).toBe(1);
    expect(g.states.TKM.influence.economics.EU).toBe(1);
    onlyChanged(b, g, ['UZB', 'TKM']);
  });

  it('russian-media: RU culture +1 in every state where it is ≤2', () => {
    const g = clean();
    setCell(g, 'KAZ', 'culture', 'RU', 3);
    setCell(g, 'UZB', 'culture', 'RU', 2);
    setCell(g, 'KGZ', 'culture', 'RU', 0);
    setCell(g, 'TJK', 'culture', 'RU', 5);
    setCell(g, 'TKM', 'culture', 'RU', 1);
    apply(g, 'russian-media');
    expect(STATE_IDS.map((id) => g.states[id].influence.culture.RU)).toEqual([3, 3, 1, 5, 2]);
  });

  it('digital-silk-road: CN culture +1 in every state where CN economics ≥3', () => {
    const g = clean();
    const econ = [3, 2, 5, 1, 4];
    STATE_IDS.forEach((id, i) => { setCell(g, id, 'economics', 'CN', econ[i]); setCell(g, id, 'culture', 'CN', 1); });
    apply(g, 'digital-silk-road');
    expect(STATE_IDS.map((id) => g.states[id].influence.culture.CN)).toEqual([2, 1, 2, 1, 2]);
  });

  it('csto-peacekeepers: the CSTO member with the lowest stability: RU military +2, security +2, stability +1; tension +1', () => {
    const g = clean();
    setTrack(g, 'tension', 3);
    setRes(g, 'KAZ', 'stability', 6);
    setRes(g, 'KGZ', 'stability', 5);
    setRes(g, 'TJK', 'stability', 3);
    setRes(g, 'UZB', 'stability', 1); // lower, but not in the CSTO
    setBoard(g, 'TJK', 'military', [2, 1, 0]);
    const b = apply(g, 'csto-peacekeepers');
    expect(g.states.TJK.influence.military.RU).toBe(4);
    expect(res(g, 'TJK')).toEqual({ ...res(b, 'TJK'), security: b.states.TJK.security + 2, stability: 4 });
    expect(g.tracks.tension).toBe(4);
    onlyChanged(b, g, ['TJK']);
  });

  it('csto-peacekeepers: ties on stability go by seat order', () => {
    const g = clean();
    setRes(g, 'KAZ', 'stability', 4);
    setRes(g, 'KGZ', 'stability', 3);
    setRes(g, 'TJK', 'stability', 3);
    const b = apply(g, 'csto-peacekeepers');
    expect(g.states.KGZ.stability).toBe(4);
    onlyChanged(b, g, ['KGZ']);
  });

  it('leaders-summit: tension −1; every seat gets a token "resist any power on any board at no cost"', () => {
    const g = clean();
    setTrack(g, 'tension', 3);
    apply(g, 'leaders-summit');
    expect(g.tracks.tension).toBe(2);
    for (const id of STATE_IDS) expect(tokenKinds(g, id)).toEqual(['resist-any-free']);
    expect(TOKEN_KINDS['resist-any-free']).toMatchObject({ action: 'resist', board: null, power: null, free: true });
  });

  it('arms-deals: CN military +1 in every state where it is ≤1; tension +1', () => {
    const g = clean();
    setTrack(g, 'tension', 3);
    const mil = [2, 1, 0, 5, 1];
    STATE_IDS.forEach((id, i) => setCell(g, id, 'military', 'CN', mil[i]));
    apply(g, 'arms-deals');
    expect(STATE_IDS.map((id) => g.states[id].influence.military.CN)).toEqual([2, 2, 1, 5, 2]);
    expect(g.tracks.tension).toBe(4);
  });

  it('opinion-survey: +1 stability where culture is balanced; −1 where CN leads economics and CN culture ≤1', () => {
    const g = clean();
    // KAZ: balanced culture, CN does not lead economics → +1
    setBoard(g, 'KAZ', 'culture', [3, 0, 1]); setBoard(g, 'KAZ', 'economics', [3, 3, 1]);
    // UZB: culture dominated by RU, CN leads economics, CN culture 1 → −1
    setBoard(g, 'UZB', 'culture', [4, 1, 0]); setBoard(g, 'UZB', 'economics', [1, 3, 0]);
    // KGZ: balanced culture and CN leads economics with CN culture 1 → 0
    setBoard(g, 'KGZ', 'culture', [2, 1, 1]); setBoard(g, 'KGZ', 'economics', [1, 3, 0]);
    // TJK: balanced culture; CN leads economics but CN culture 2 → +1
    setBoard(g, 'TJK', 'culture', [3, 2, 0]); setBoard(g, 'TJK', 'economics', [1, 3, 0]);
    // TKM: culture dominated by CN (so not balanced), CN leads economics, CN culture 4 → 0
    setBoard(g, 'TKM', 'culture', [1, 4, 0]); setBoard(g, 'TKM', 'economics', [1, 4, 0]);
    const b = apply(g, 'opinion-survey');
    expect(STATE_IDS.map((id) => g.states[id].stability - b.states[id].stability)).toEqual([1, -1, 0, 1, 0]);
  });
});

// rules §4 "Free actions from events" and the court table: what the tokens' courts pay.
describe('rules §4/§6 the free actions the events hand out', () => {
  const useToken = (g: G, id: StateId): void => {
    activate(g, id);
    must(g, id, { type: 'useToken', tokenId: g.states[id].tokens[0].id });
  };

  it('only the resist tokens are "at no cost"; the court tokens pay their costs', () => {
    const free = Object.fromEntries(Object.values(TOKEN_KINDS).map((k) => [k.id, k.free]));
    expect(free).toEqual({
      'court-CN-economics': false, 'court-EU-politics': false, 'court-RU-military': false,
      'resist-CN-economics-free': true, 'resist-any-free': true,
    });
  });

  it('bri-forum: the token is a BRI project: +3 economy, +1 debt, BRI +1; +4 economy for KAZ (Corridor) and TKM (gas)', () => {
    const g = clean();
    apply(g, 'bri-forum');
    for (const id of STATE_IDS) Object.assign(g.states[id], { economy: 2, debt: 0, bri: 0 });
    for (const id of STATE_IDS) useToken(g, id);
    expect(STATE_IDS.map((id) => g.states[id].economy)).toEqual([6, 5, 5, 5, 6]);
    for (const id of STATE_IDS) {
      expect(g.states[id].debt, id).toBe(1);
      expect(g.states[id].bri, id).toBe(1);
    }
  });

  it('the other court tokens are no BRI project: eu-strategy (court EU on politics), afghan-border (court RU on military)', () => {
    const g = clean();
    apply(g, 'eu-strategy');
    setCell(g, 'UZB', 'politics', 'EU', 1);
    const b = snapshot(g);
    useToken(g, 'UZB');
    expect(res(g, 'UZB')).toEqual({ ...res(b, 'UZB'), stability: b.states.UZB.stability + 1, security: b.states.UZB.security - 1 });
    expect(g.tracks.euEngagement).toBe(b.tracks.euEngagement + 1);
    expect(g.states.UZB.bri).toBe(0);
    const h = clean();
    apply(h, 'afghan-border');
    setCell(h, 'TJK', 'military', 'RU', 2);
    const c = snapshot(h);
    useToken(h, 'TJK');
    expect(res(h, 'TJK')).toEqual({ ...res(c, 'TJK'), security: c.states.TJK.security + 3 }); // CSTO +2, Frontline +1
    expect(h.states.TJK.bri).toBe(0);
  });
});

describe('rules §5/§6 event tension is blamed on the event', () => {
  const TENSION_CARDS = ['sanctions', 'trade-war', 'alignment', 'sco-expansion', 'joint-exercise', 'pamir-outpost',
    'junior-partner', 'csto-peacekeepers', 'leaders-summit', 'arms-deals'];

  it.each(TENSION_CARDS)('%s records its tension change as event:<id> and blames no seat', (id) => {
    const g = clean();
    setTrack(g, 'tension', 5);
    const b = apply(g, id);
    const d = g.tracks.tension - b.tracks.tension;
    expect(d).not.toBe(0);
    expect(g.tensionLog).toEqual([{ round: g.round, delta: d, cause: `event:${id}` }]);
    for (const s of STATE_IDS) expect(g.states[s].blame).toBe(0);
  });

  it('every card is covered: the others do not touch tension', () => {
    for (const id of EVENT_IDS.filter((e) => !TENSION_CARDS.includes(e))) {
      const g = clean();
      setTrack(g, 'tension', 5);
      apply(g, id);
      expect(g.tracks.tension, id).toBe(5);
      expect(g.tensionLog, id).toEqual([]);
    }
  });

  it('an event that brings tension to 10 ends the game in a crisis before any turn', () => {
    const g = clean();
    g.round = 4; // the next round draws from era B
    stackEvent(g, 'B', 'pamir-outpost');
    setTrack(g, 'asymmetry', 0);
    setTrack(g, 'tension', LIMITS.tensionMax - 2);
    passRound(g);
    expect(g.round).toBe(5);
    expect(g.event).toBe('pamir-outpost');
    expect(g.tracks.tension).toBe(LIMITS.tensionMax);
    expect(g.gameover).not.toBeNull();
    expect(g.gameover!.crisis).toBe(true);
    expect(g.tensionLog.at(-1)).toMatchObject({ round: 5, cause: 'event:pamir-outpost' });
    // No turn was taken: no seat acted in round 5, and none can.
    expect(g.tensionLog.filter((e) => e.round === 5 && e.cause.startsWith('seat:'))).toEqual([]);
    for (const seat of ['0', '1', '2', '3', '4']) mustFail(g, seat, { type: 'pass' });
    // Event tension is not a seat's blame: nobody gets the extra crisis penalty.
    for (const s of Object.values(g.gameover!.scores)) expect(s.crisis).toBe(CRISIS.everyState);
  });
});
