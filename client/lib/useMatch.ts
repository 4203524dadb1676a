// The match controller (style §5): owns the boardgame.io client(s) of a match and exposes the
// state as this seat sees it, the connection, the chat and the moves. Online: one client over
// socket.io. Solo: an in-browser Local master with five clients, the bots driven here, and the
// match persisted in localStorage by the master (a reload resumes it; no network at all).
import type { LogEntry } from 'boardgame.io';
import { Client } from 'boardgame.io/client';
import { Local, SocketIO } from 'boardgame.io/multiplayer';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { MdChess, moveArgs } from '../../game/index';
import { seededRng } from '../../game/rng';
import type { Action, G, Rng, Seat } from '../../game/types';
import { SEATS, isSeat } from '../../game/types';
import type { SetupOptions } from '../../game/setup';
import { soloLocalSeats, type BotLevel, type SoloConfig } from './solo';
import { getChat } from './api';

type BgClient = ReturnType<typeof Client<G>>;
type MdGame = typeof MdChess;

const soloGames = new Map<string, MdGame>();

/**
 * The game with the scenario built in: boardgame.io's Local master creates a match without
 * setupData, so the scenario is bound here. One object per scenario: Local keys its master by it.
 */
function soloGame(scenario: string): MdGame {
  let g = soloGames.get(scenario);
  if (!g) {
    const setup = MdChess.setup!;
    const options: SetupOptions = { scenario };
    g = { ...MdChess, setup: (ctx, _data) => setup(ctx, options) };
    soloGames.set(scenario, g);
  }
  return g;
}
type BgState = NonNullable<ReturnType<BgClient['getState']>>;

export type MatchSource =
  | { kind: 'online'; matchID: string; seat: Seat | null; credentials?: string }
  | { kind: 'solo'; config: SoloConfig };

export interface ChatLine { id: string; sender: string; text: string }

/** What the match screen gets from the controller. */
export interface MatchController {
  kind: 'online' | 'solo';
  /** The match's id (a solo match's own, in this browser). */
  matchID: string;
  /**
   * The seats played on this device: the viewer's online; every person's in a solo match that
   * several people play by passing the device (the view follows the one whose turn it is).
   */
  localSeats: Seat[];
  /** False until the first state arrives. */
  ready: boolean;
  /** The state as this seat may see it (playerView). */
  G: G | null;
  log: LogEntry[];
  mySeat: Seat | null;
  activeSeat: Seat | null;
  isMyTurn: boolean;
  isConnected: boolean;
  /** The seat a solo bot is about to move for, or null. */
  botThinking: Seat | null;
  chat: ChatLine[];
  /** The first lines of `chat` that were said before this page connected (not news to count as unread). */
  chatEarlier: number;
  canChat: boolean;
  sendChat: (text: string) => void;
  /** Sends an action of this seat (legality is checked by the caller with game/ and by the master). */
  act: (action: Action) => void;
  /** The action sent and not yet answered. */
  pending: Action | null;
  error: string | null;
  dismissError: () => void;
  /** Player names by seat, as boardgame.io's match data holds them. */
  names: Partial<Record<Seat, string>>;
  /** Whether each seat's player is connected (online only). */
  connected: Partial<Record<Seat, boolean>>;
}

/** Pause before a solo bot moves, so a person can follow what happens. */
export const BOT_PAUSE_MS = 500;
const MAX_CHAT = 500;
/** How long an action may stay unanswered before the player is told. */
const ANSWER_TIMEOUT_MS = 6000;

interface Snapshot {
  state: BgState | null;
  chat: ChatLine[];
  /** How many chat lines came from the server's history (said before this page connected). */
  chatEarlier: number;
  matchData: { id: number; name?: string; isConnected?: boolean }[] | undefined;
}

const EMPTY: Snapshot = { state: null, chat: [], chatEarlier: 0, matchData: undefined };

/** The chat: what the server kept from before this page connected, then the live messages. */
function chatOf(c: BgClient, earlier: ChatLine[]): ChatLine[] {
  const live = c.chatMessages
    .filter((m) => typeof m.payload === 'string')
    .map((m) => ({ id: m.id, sender: String(m.sender), text: (m.payload as string).slice(0, MAX_CHAT) }));
  if (!earlier.length) return live;
  const seen = new Set(earlier.map((m) => m.id));
  return [...earlier, ...live.filter((m) => !seen.has(m.id))];
}

type Choose = (view: G, seat: Seat, rng: Rng) => Promise<Action>;

/** Plays one bot seat of a solo match: when its turn comes, waits a moment and moves. */
function driveBot(c: BgClient, seat: Seat, choose: Choose, matchID: string, onThinking: (s: Seat | null) => void): () => void {
  let planned = -1;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = c.subscribe((st) => {
    if (!st || st.ctx.gameover !== undefined || st.G.gameover) return;
    if (st.G.activeSeat !== seat || st._stateID === planned) return;
    planned = st._stateID;
    onThinking(seat);
    clearTimeout(timer);
    timer = setTimeout(async function move() {
      const now = c.getState();
      if (!now || now._stateID !== planned || now.G.activeSeat !== seat || now.G.gameover) return;
      const action = await choose(now.G, seat, seededRng(`${matchID}:${seat}:${now._stateID}`));
      if (stopped || c.getState()?._stateID !== planned) return;
      c.moves[action.type](...moveArgs(action));
      // A move the master refuses changes nothing; then pass rather than stall the match.
      timer = setTimeout(() => {
        const later = c.getState();
        if (later && later._stateID === planned && later.G.activeSeat === seat && !later.G.gameover) c.moves.pass();
      }, 3000);
    }, BOT_PAUSE_MS);
  });
  return () => {
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
  };
}

export function useMatch(source: MatchSource): MatchController {
  const [snap, setSnap] = useState<Snapshot>(EMPTY);
  const [botThinking, setBotThinking] = useState<Seat | null>(null);
  const [pending, setPending] = useState<{ action: Action; stateID: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const clientRef = useRef<BgClient | null>(null);
  // Solo with several people: the seat whose view is shown, the last local seat to have the turn.
  const [viewSeat, setViewSeat] = useState<Seat | null>(null);

  const localSeats = useMemo(
    () => (source.kind === 'solo' ? soloLocalSeats(source.config) : source.seat ? [source.seat] : []),
    // The source object is rebuilt on every render; its config and seat are what count.
    [source.kind === 'solo' ? source.config : source.seat],
  );
  const shared = localSeats.length > 1;
  const mySeat: Seat | null = source.kind === 'solo' ? (viewSeat ?? source.config.mySeat) : source.seat;
  const key = source.kind === 'solo'
    ? `solo:${source.config.matchID}`
    : `online:${source.matchID}:${source.seat ?? '-'}:${source.credentials ?? ''}`;

  useEffect(() => {
    let cancelled = false;
    const cleanups: (() => void)[] = [];
    let earlier: ChatLine[] = [];
    const refresh = (c: BgClient) => {
      if (cancelled) return;
      setSnap({ state: c.getState(), chat: chatOf(c, earlier), chatEarlier: earlier.length, matchData: c.matchData as Snapshot['matchData'] });
    };
    setSnap(EMPTY);
    setPending(null);

    if (source.kind === 'online') {
      const c = Client<G>({
        game: MdChess, numPlayers: 5, matchID: source.matchID, debug: false,
        playerID: source.seat ?? undefined, credentials: source.credentials,
        multiplayer: SocketIO({ server: window.location.origin }),
      });
      clientRef.current = c;
      cleanups.push(c.subscribe(() => refresh(c)));
      c.start();
      cleanups.push(() => c.stop());
      // The conversation before this page connected (after a reload, on another device).
      getChat(source.matchID).then(({ messages }) => {
        earlier = messages.map((m) => ({ id: m.id, sender: m.sender, text: m.text.slice(0, MAX_CHAT) }));
        refresh(c);
      }, () => { /* no history: the live chat still works */ });
    } else {
      const { config } = source;
      const game = soloGame(config.scenario);
      const clients = SEATS.map((seat) => Client<G>({
        game, numPlayers: 5, matchID: config.matchID, playerID: seat, debug: false,
        multiplayer: Local({ persist: true, storageKey: config.storageKey }),
      }));
      const locals = soloLocalSeats(config);
      let viewer: Seat = config.mySeat;
      clientRef.current = clients[Number(viewer)];
      setViewSeat(null);
      // Every local seat's client is watched: whichever hears of a new state first, the view shown
      // is the viewer's, and the viewer moves on to the local seat whose turn it now is.
      const onChange = () => {
        const st = clients[Number(viewer)].getState();
        if (st && !st.G.gameover && st.G.activeSeat !== viewer && locals.includes(st.G.activeSeat)) {
          viewer = st.G.activeSeat;
          clientRef.current = clients[Number(viewer)];
          setViewSeat(viewer);
        }
        refresh(clients[Number(viewer)]);
        if (st && (locals.includes(st.G.activeSeat) || st.G.gameover)) setBotThinking(null);
      };
      for (const s of locals) cleanups.push(clients[Number(s)].subscribe(onChange));
      for (const c of clients) c.start();
      cleanups.push(() => clients.forEach((c) => c.stop()));
      // The bots come in their own chunk: a person reads the board while they load.
      void import('./soloBots').then(({ chooseBotAction }) => {
        if (cancelled) return;
        SEATS.forEach((seat, i) => {
          const level = config.seats[i];
          if (seat === config.mySeat || level === 'human') return;
          const choose: Choose = (view, s, rng) => chooseBotAction(level as BotLevel, view, s, rng);
          cleanups.push(driveBot(clients[i], seat, choose, config.matchID, (s) => !cancelled && setBotThinking(s)));
        });
      });
    }
    return () => {
      cancelled = true;
      cleanups.forEach((f) => f());
      clientRef.current = null;
    };
    // The key names the match and the seat; the source object itself is rebuilt on every render.
  }, [key]);

  const state = snap.state;
  const stateID = state?._stateID ?? -1;

  // An answered action clears the pending mark; an unanswered one is reported after a while.
  useEffect(() => {
    if (!pending) return;
    if (stateID !== pending.stateID) {
      setPending(null);
      return;
    }
    const t = setTimeout(() => {
      setPending(null);
      setError('The game did not take that action. Check your connection and try again.');
    }, ANSWER_TIMEOUT_MS);
    return () => clearTimeout(t);
  }, [pending, stateID]);

  const act = useCallback((action: Action) => {
    const c = clientRef.current;
    const st = c?.getState();
    if (!c || !st) return;
    if (!st.isConnected) {
      setError('You are offline: the game is reconnecting. Try again in a moment.');
      return;
    }
    setError(null);
    setPending({ action, stateID: st._stateID });
    c.moves[action.type](...moveArgs(action));
  }, []);

  const sendChat = useCallback((text: string) => {
    const t = text.trim().slice(0, MAX_CHAT);
    if (t && clientRef.current) clientRef.current.sendChatMessage(t);
  }, []);

  const dismissError = useCallback(() => setError(null), []);

  const names = useMemo(() => {
    const out: Partial<Record<Seat, string>> = {};
    for (const p of snap.matchData ?? []) {
      const seat = String(p.id);
      if (isSeat(seat) && p.name) out[seat] = p.name;
    }
    return out;
  }, [snap.matchData]);

  const connected = useMemo(() => {
    const out: Partial<Record<Seat, boolean>> = {};
    for (const p of snap.matchData ?? []) {
      const seat = String(p.id);
      if (isSeat(seat)) out[seat] = !!p.isConnected;
    }
    return out;
  }, [snap.matchData]);

  const G = state?.G ?? null;
  const activeSeat = G && !G.gameover ? G.activeSeat : null;
  return {
    kind: source.kind,
    matchID: source.kind === 'solo' ? source.config.matchID : source.matchID,
    localSeats,
    ready: !!state,
    G,
    log: state?.log ?? [],
    // Several people on one device: at the end nobody in particular is "you".
    mySeat: shared && G?.gameover ? null : mySeat,
    activeSeat,
    isMyTurn: !!G && !G.gameover && mySeat !== null && activeSeat === mySeat && G.actionsLeft > 0,
    isConnected: state?.isConnected ?? false,
    botThinking: source.kind === 'solo' && activeSeat !== null && !localSeats.includes(activeSeat) ? botThinking : null,
    chat: snap.chat,
    chatEarlier: snap.chatEarlier,
    canChat: source.kind === 'online' && mySeat !== null,
    sendChat,
    act,
    pending: pending?.action ?? null,
    error,
    dismissError,
    names,
    connected,
  };
}
