// How long a human's move spends in the server: from its packet's arrival on the socket to its
// new state being committed (the updates go out right after). A round trip measured at a client
// adds the wait before the server reads the packet, the network and the client's own delays;
// this is the part the server's code decides. Reported by /healthz, read by the benchmark.
import { createHistogram, type RecordableHistogram } from 'node:perf_hooks';

/** Arrivals remembered at most (one per match with a move in flight); past it the memory starts over. */
const MAX_IN_FLIGHT = 10_000;

export interface MoveTimes { count: number; p50: number; p99: number; max: number }

/** A histogram's median, 99th percentile and maximum, each turned into milliseconds by `ms`. */
export function percentiles(
  h: { percentile(p: number): number; max: number }, ms: (value: number) => number,
): { p50: number; p99: number; max: number } {
  return { p50: ms(h.percentile(50)), p99: ms(h.percentile(99)), max: ms(h.max) };
}

export class MoveTimer {
  /** Per match, the move in flight: when it arrived and the _stateID it was made on. */
  private readonly since = new Map<string, { at: number; stateID: number }>();
  /** In microseconds (a histogram records whole numbers from 1). */
  private histogram: RecordableHistogram = createHistogram();

  /** A move's packet for this match has arrived, made on the state with this _stateID. */
  arrived(matchID: string, stateID: number, now = performance.now()): void {
    if (this.since.size >= MAX_IN_FLIGHT) this.since.clear();
    this.since.set(matchID, { at: now, stateID });
  }

  /**
   * This match's state with this _stateID is committed. It is the move that arrived if it follows
   * the state that move was made on (every action adds one). A bot's move is not timed, except
   * right after a person's refused move made on the same state (rare: it is then timed as that one).
   */
  written(matchID: string, stateID: number, now = performance.now()): void {
    const move = this.since.get(matchID);
    if (!move || stateID !== move.stateID + 1) return;
    this.since.delete(matchID);
    this.histogram.record(Math.max(1, Math.round((now - move.at) * 1000)));
  }

  /** Moves timed since the start or the last reset, in milliseconds; `reset` starts a new count. */
  summary(reset = false): MoveTimes {
    const h = this.histogram;
    const ms = (us: number) => Math.round(us / 10) / 100;
    const out = h.count ? { count: h.count, ...percentiles(h, ms) } : { count: 0, p50: 0, p99: 0, max: 0 };
    if (reset) h.reset();
    return out;
  }
}
