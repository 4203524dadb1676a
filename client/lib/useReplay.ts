// Loads a finished match's record (from the server, or this browser's solo match) and replays it
// once into its steps (game/replay.ts), with the roster and the way back to the match.
import { useEffect, useState } from 'react';
import { replayMatch, type Replay } from '../../game/replay';
import { isSeat } from '../../game/types';
import { ApiError, errorText, getReplay } from './api';
import { rosterOfRecord, rosterOfSolo, soloReplaySource } from './replay';
import type { Roster } from './roster';
import { paths } from './router';
import { getSeat } from './seats';
import { loadSolo } from './solo';

export type ReplayTarget = { kind: 'online'; matchID: string } | { kind: 'solo' };

export type ReplayLoad =
  | { status: 'loading' }
  | { status: 'error'; message: string; back: { href: string; label: string } | null }
  | { status: 'ready'; replay: Replay; roster: Roster; back: { href: string; label: string } };

const NOT_OVER = 'The replay opens when the match is over.';

export function useReplay(target: ReplayTarget): ReplayLoad {
  const key = target.kind === 'online' ? `online:${target.matchID}` : 'solo';
  const [load, setLoad] = useState<{ key: string; value: ReplayLoad }>({ key, value: { status: 'loading' } });

  useEffect(() => {
    let live = true;
    const done = (value: ReplayLoad) => { if (live) setLoad({ key, value }); };
    setLoad({ key, value: { status: 'loading' } });
    if (target.kind === 'solo') {
      const config = loadSolo();
      const source = config && soloReplaySource(config);
      if (!config || !source) {
        done({ status: 'error', message: 'There is no solo match in this browser to replay.', back: { href: paths.solo, label: 'Set up a solo match' } });
      } else if (!source.moves.length) {
        done({ status: 'error', message: NOT_OVER, back: { href: paths.soloPlay, label: 'Back to the match' } });
      } else {
        // The replay runs on a later tick so the loading line paints first.
        window.setTimeout(() => {
          const replay = replayMatch(source);
          const last = replay.steps[replay.steps.length - 1];
          if (!last?.G.gameover && !replay.error) done({ status: 'error', message: NOT_OVER, back: { href: paths.soloPlay, label: 'Back to the match' } });
          else done({ status: 'ready', replay, roster: rosterOfSolo(config), back: { href: paths.soloPlay, label: 'Back to the final scores' } });
        }, 0);
      }
    } else {
      const { matchID } = target;
      const back = { href: paths.match(matchID), label: 'Back to the match' };
      getReplay(matchID).then((rec) => {
        const saved = getSeat(matchID);
        const mySeat = saved && isSeat(saved.playerID) ? saved.playerID : null;
        done({ status: 'ready', replay: replayMatch(rec), roster: rosterOfRecord(rec, mySeat), back });
      }, (err: unknown) => {
        const status = err instanceof ApiError ? err.status : 0;
        if (status === 404) done({ status: 'error', message: 'There is no such match: it may have been deleted, as servers keep finished matches only for a while.', back: { href: paths.home, label: 'Home' } });
        else done({ status: 'error', message: errorText(err), back: status === 409 ? back : null });
      });
    }
    return () => { live = false; };
  }, [key]); // `key` names the target: a new one loads afresh (the target object is new each render)

  return load.key === key ? load.value : { status: 'loading' };
}
