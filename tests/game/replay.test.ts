// game/replay.ts: a match replays exactly from its seed, set-up and moves (or its initial state and
// moves), step by step, with the facilitator's changes where they happened; a record that does not
// replay stops with a reason; figureChanges lists exactly what moved between two states.
import type { State } from 'boardgame.io';
import { InitializeGame } from 'boardgame.io/internal';
import { describe, expect, it } from 'vitest';
import { publicSovereignty } from '../../game/board.js';
import { MdChess } from '../../game/index.js';
import { figureChanges, replayMatch } from '../../game/replay.js';
import { finalScore } from '../../game/score.js';
import type { G } from '../../game/types.js';
import { STATE_IDS, seatOf } from '../../game/types.js';
import { clean, playRecordedMatch, setCell, setTrack } from './helpers.js';

const SETUP = { scenario: 'short' };

const playMatch = (seed: string) => playRecordedMatch(seed, SETUP);

describe('replayMatch', () => {
  const played = playMatch('replay-test-1');

  it('gives the state after every move, from the seed and set-up', () => {
    expect(played.final.gameover).not.toBeNull();
    const r = replayMatch({ seed: 'replay-test-1', setupData: SETUP, moves: played.moves });
    expect(r.error).toBeNull();
    expect(r.steps).toHaveLength(played.moves.length + 1);
    r.steps.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(s.G).toEqual(played.states[i]);
    });
    expect(r.steps[0]).toMatchObject({ seat: null, action: null, steering: [] });
    expect(r.steps[1].seat).toBe(played.moves[0].seat);
    expect(r.steps[1].action?.type).toBe(played.moves[0].move);
    // Every agenda is there: a replay is of a finished match.
    for (const id of STATE_IDS) expect(r.steps[3].G.states[id].agenda).toEqual(expect.any(String));
  });

  it('gives the same from the stored initial state', () => {
    const r = replayMatch({ initial: played.initial, moves: played.moves });
    expect(r.error).toBeNull();
    expect(r.steps[r.steps.length - 1].G).toEqual(played.final);
  });

  it('another seed deals another match: the seed matters', () => {
    const r = replayMatch({ seed: 'another-seed', setupData: SETUP, moves: played.moves });
    const last = r.steps[r.steps.length - 1].G;
    expect(r.error !== null || JSON.stringify(last) !== JSON.stringify(played.final)).toBe(true);
  });

  it('stops at a move that does not replay, keeping the steps before it', () => {
    const moves = played.moves.map((m) => ({ ...m, args: [...m.args] }));
    moves[4] = { ...moves[4], seat: moves[4].seat === '0' ? '1' : '0' }; // not that seat's turn
    const r = replayMatch({ seed: 'replay-test-1', setupData: SETUP, moves });
    expect(r.error).toBe(`Move 5 of ${moves.length} could not be replayed; the replay stops before it.`);
    expect(r.steps).toHaveLength(5);
    const junk = replayMatch({ seed: 'replay-test-1', setupData: SETUP, moves: [{ seat: '9' as never, move: 'court', args: [] }] });
    expect(junk.steps).toHaveLength(1);
    expect(junk.error).toMatch(/Move 1 of 1/);
    const unknown = replayMatch({ seed: 'replay-test-1', setupData: SETUP, moves: [{ seat: '0', move: 'teleport', args: [1] }] });
    expect(unknown.error).toMatch(/Move 1 of 1/);
  });

  it('applies a facilitator\'s injected event where it happened, and names it', () => {
    // The next round's event, chosen by the control team after move 3: the record's start is the
    // same set-up, so the same card can be put first again.
    const game = { ...MdChess, seed: 'replay-test-1' };
    const g0 = (InitializeGame({ game, numPlayers: 5, setupData: SETUP }) as State<G>).G;
    const card = g0.deck.A[g0.deck.A.length - 1];
    const interventions = [{ afterMove: 3, kind: 'event', detail: { eventId: card }, at: 1 }, { afterMove: 3, kind: 'pause', detail: null, at: 2 }];
    const r = replayMatch({ seed: 'replay-test-1', setupData: SETUP, moves: played.moves.slice(0, 12), interventions });
    // Moves may stop replaying once the match has gone another way; the steps up to there stand.
    expect(r.steps.length).toBeGreaterThan(4);
    expect(r.steps[4].steering).toEqual(['The control team has chosen the event of the next round.']);
    expect(r.steps.filter((s) => s.steering.length)).toHaveLength(1);
    // Before it, the deck is as it was; from round 2 on, the chosen card is the event.
    expect(r.steps[3].G.deck).toEqual(played.states[3].deck);
    expect(r.steps[4].G.deck.A[0]).toBe(card);
    const round2 = r.steps.find((s) => s.G.round === 2);
    expect(round2?.G.event).toBe(card);
    expect(played.states.find((g) => g.round === 2)?.event).not.toBe(card);
  });
});

describe('replayMatch: a match the control team ended', () => {
  const played = playMatch('replay-test-1');
  const round1 = played.states.findIndex((g) => g.round === 2); // moves in round 1

  it('"End after this round" where it happened: the match ends with that round, scored in full', () => {
    const interventions = [{ afterMove: 3, kind: 'end-after-round', detail: null, at: 5 }];
    const r = replayMatch({ seed: 'replay-test-1', setupData: SETUP, moves: played.moves.slice(0, round1), interventions });
    expect(r.error).toBeNull();
    expect(r.steps[4].steering).toEqual(['The control team ends the match after this round.']);
    expect(r.steps[3].G.rounds).toBe(played.states[3].rounds);
    const last = r.steps[r.steps.length - 1].G;
    expect([last.round, last.rounds, last.history.map((h) => h.round)]).toEqual([1, 1, [1]]);
    expect(last.gameover).toEqual(finalScore(last, false));
    // The same moves without it go on into round 2.
    expect([played.states[round1].round, played.states[round1].gameover]).toEqual([2, null]);
  });

  it('"End now" after the last move: scores as they stood then, no crisis', () => {
    const interventions = [{ afterMove: 7, kind: 'end-now', detail: null, at: 5 }];
    const r = replayMatch({ seed: 'replay-test-1', setupData: SETUP, moves: played.moves.slice(0, 7), interventions });
    expect(r.error).toBeNull();
    const last = r.steps[7];
    expect(last.steering).toEqual(['The control team ended the match: scores as they stood.']);
    expect(last.G.gameover).toEqual(finalScore(played.states[7], false));
    expect(last.G.gameover!.crisis).toBe(false);
    // A move after it does not replay: the match was over.
    const more = replayMatch({ seed: 'replay-test-1', setupData: SETUP, moves: played.moves.slice(0, 8), interventions });
    expect(more.error).toMatch(/Move 8 of 8/);
  });
});

describe('figureChanges', () => {
  it('lists the tracks, the scores, the resources and the influence that moved, nothing else', () => {
    const a = clean();
    const b = structuredClone(a);
    setTrack(b, 'tension', a.tracks.tension + 2);
    b.states.UZB.economy += 1;
    setCell(b, 'UZB', 'military', 'RU', a.states.UZB.influence.military.RU + 1);
    b.states.TJK.blame += 1;
    const c = figureChanges(a, b);
    expect(c).toEqual([
      { state: null, kind: 'track', label: 'Tension', from: a.tracks.tension, to: a.tracks.tension + 2 },
      { state: 'UZB', kind: 'score', label: 'Score', from: publicSovereignty(a, 'UZB'), to: publicSovereignty(b, 'UZB') },
      { state: 'UZB', kind: 'resource', label: 'Economy', from: a.states.UZB.economy, to: a.states.UZB.economy + 1 },
      { state: 'UZB', kind: 'influence', label: 'Russia on military', from: a.states.UZB.influence.military.RU, to: a.states.UZB.influence.military.RU + 1 },
      { state: 'TJK', kind: 'resource', label: 'Blame', from: a.states.TJK.blame, to: a.states.TJK.blame + 1 },
    ]);
    expect(figureChanges(a, structuredClone(a))).toEqual([]);
  });

  it('over a whole replay, the changes of each step take the state before it to the state after it', () => {
    const { steps } = replayMatch({ seed: 'replay-test-1', setupData: SETUP, moves: playMatch('replay-test-1').moves });
    expect(steps[steps.length - 1].G.gameover).not.toBeNull();
    for (let i = 1; i < steps.length; i++) {
      const before = steps[i - 1].G, after = steps[i].G;
      for (const ch of figureChanges(before, after)) {
        if (ch.kind === 'track') continue;
        expect(ch.from).not.toBe(ch.to);
        // The score as players see it: sovereignty, then the final total (agenda and all) at the end.
        const shown = (g: G) => g.gameover ? g.gameover.scores[seatOf(ch.state!)].total : publicSovereignty(g, ch.state!);
        if (ch.kind === 'score') expect([ch.from, ch.to]).toEqual([shown(before), shown(after)]);
      }
      const tension = figureChanges(before, after).find((c) => c.label === 'Tension');
      expect(tension?.to ?? before.tracks.tension).toBe(after.tracks.tension);
    }
  });
});
