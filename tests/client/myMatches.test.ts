// "Back to your match" on the home page (client/lib/useMyMatches.ts resumable): only matches that
// have started and are not over, a class's first (a student is expected back in class), then the
// newest seat first.
import { describe, expect, it } from 'vitest';
import type { MatchInfo } from '../../client/lib/api';
import { resumable, type MyMatch } from '../../client/lib/useMyMatches';

const match = (id: string, savedAt: number, info: Partial<MatchInfo> | null): MyMatch => ({
  seat: { matchID: id, playerID: '0', credentials: 'c', name: 'Aigerim', savedAt },
  info: info ? ({ matchID: id, started: true, gameover: undefined, players: [], ...info } as unknown as MatchInfo) : null,
  unknown: info === null,
});

describe('resumable', () => {
  it('keeps the matches in progress, a class match first, then the newest', () => {
    const list = [
      match('old-friends', 1, {}),
      match('new-friends', 5, {}),
      match('class', 2, {}),
      match('over', 9, { gameover: { winners: ['0'] } as never }),
      match('waiting', 8, { started: false }),
      match('unknown', 7, null),
    ];
    const r = resumable(list, (id) => (id === 'class' ? 'POLS 214' : null));
    expect(r.map((x) => [x.match.seat.matchID, x.classTitle])).toEqual([['class', 'POLS 214'], ['new-friends', null], ['old-friends', null]]);
  });

  it('gives nothing when no match is in progress', () => {
    expect(resumable([match('over', 1, { gameover: { winners: [] } as never })], () => null)).toEqual([]);
    expect(resumable([], () => 'x')).toEqual([]);
  });
});
