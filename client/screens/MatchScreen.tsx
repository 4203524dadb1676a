// The match screen (ui.md): top bar, whose turn, the map with its board selector, your state and
// actions, the four boards, and the log / chat / powers replay. One column on phones. At the end,
// the end screen takes its place.
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { YEAR_OF_ROUND } from '../../game/texts';
import type { Board, Seat, StateId } from '../../game/types';
import { stateOf } from '../../game/types';
import { ActionPanel } from '../components/ActionPanel';
import { AwayNotice, useAwayLong, type StandInOffer } from '../components/AwayNotice';
import { BoardsPanel } from '../components/BoardGrid';
import { ChatPanel } from '../components/ChatPanel';
import { ControlBanner } from '../components/ControlBanner';
import { EventCard } from '../components/EventCard';
import { GuidePanel, spotlight } from '../components/GuidePanel';
import { HandOff } from '../components/HandOff';
import { MapCard } from '../components/MapCard';
import { Loading } from '../components/Loading';
import { LogPanel } from '../components/LogPanel';
import { PowersReplay } from '../components/PowersReplay';
import { StateCard } from '../components/StateCard';
import { StatesTable } from '../components/StatesTable';
import { StateSummary } from '../components/StateSummary';
import { Tabs, type TabDef } from '../components/Tabs';
import { TopBar } from '../components/TopBar';
import { TurnTimer } from '../components/TurnTimer';
import { YourTurnBanner } from '../components/YourTurnBanner';
import { useServerOffset } from '../lib/clock';
import type { GuideTarget } from '../lib/guide';
import { playerLabel, type Roster } from '../lib/roster';
import { paths } from '../lib/router';
import { useTurnChime } from '../lib/sound';
import { turnWhen, turnWhenText } from '../lib/turnOrder';
import { useActionPanel } from '../lib/useActionPanel';
import { useGuide } from '../lib/useGuide';
import type { MatchController } from '../lib/useMatch';
import { lastMove } from '../lib/logMoves';
import { useIsPhone } from '../lib/useMedia';
import { useRecap } from '../lib/useRecap';
import { useTurnTitle } from '../lib/useTurnTitle';
import type { RematchOffer } from './EndScreen';

const EndScreen = lazy(() => import('./EndScreen'));

export interface MatchScreenProps {
  match: MatchController;
  roster: Roster;
  /** Starts a new match from the end screen (solo: same set-up). */
  onPlayAgain?: () => void;
  /** The play-again button's text when not the default ("Back to the class"). */
  playAgainLabel?: string;
  /** Online, for a player of the match: the rematch offered on the end screen. */
  rematch?: RematchOffer;
  /**
   * Several people on one device: before a person's turn is shown, a screen that asks to hand the
   * device over (the view shows that seat's agenda and free actions).
   */
  handOff?: { seat: Seat; onReady: () => void };
  /** Online, for a player of the match: asking a bot to play for a person who is away. */
  standIn?: StandInOffer;
}

export function MatchScreen({ match, roster, onPlayAgain, playAgainLabel, rematch, handOff, standIn }: MatchScreenProps) {
  const { G, mySeat } = match;
  const isPhone = useIsPhone();
  // A bot the facilitator put in this seat plays its turns: the students' actions wait meanwhile.
  const botHolds = !!(mySeat && G?.control?.botSeats?.[mySeat]);
  const canAct = match.isMyTurn && !botHolds;
  const panel = useActionPanel(G, mySeat, canAct, match.act, !!match.pending);
  const [board, setBoard] = useState<Board | 'all'>('all');
  const [selected, setSelected] = useState<StateId | null>(mySeat ? stateOf(mySeat) : null);
  const [tab, setTab] = useState<string>('log');
  const [phoneTab, setPhoneTab] = useState<string>('map');
  const [showEnd, setShowEnd] = useState(true);
  const seenChat = useRef(0);
  const control = G?.control;
  const clockOffset = useServerOffset(!!control?.turnSeconds);

  const chatOpen = isPhone ? phoneTab === 'chat' : tab === 'chat';
  useEffect(() => {
    if (chatOpen) seenChat.current = match.chat.length;
  }, [chatOpen, match.chat.length]);
  const turnHere = canAct && match.ready && !!G && !G.gameover && !control?.paused;
  useTurnTitle(turnHere);
  useTurnChime(match.ready && G ? turnHere : null, match.kind === 'online');
  const recap = useRecap(`${match.kind}:${match.matchID}`, match.ready ? G : null, match.log, mySeat, canAct, match.localSeats);
  const awayLong = useAwayLong(G && !G.gameover ? roster[G.activeSeat] : null);
  // The match's page replaces a loading line (a new match, a reload, play again): focus it, as a page
  // load would, unless the player has already put focus somewhere.
  const ready = match.ready && !!G;
  useEffect(() => {
    if (!ready) return;
    const a = document.activeElement;
    if (!a || a === document.body || !a.isConnected) document.getElementById('main')?.focus({ preventScroll: true });
  }, [ready]);
  // "See the final board": the board replaces the end screen, and focus goes to it.
  const seeBoard = () => {
    setShowEnd(false);
    requestAnimationFrame(() => document.getElementById('main')?.focus({ preventScroll: true }));
  };
  const guide = useGuide(match.ready && G && mySeat ? { g: G, seat: mySeat, canAct, previewOpen: !!panel.preview } : null, match.localSeats.length > 1);

  if (!match.ready || !G) {
    return (
      <main id="main" tabIndex={-1} className="page page--narrow">
        <Loading text={match.kind === 'solo' ? 'Setting out the boards…' : 'Connecting to the match…'} />
      </main>
    );
  }

  const rootAttrs = {
    className: `match${isPhone ? ' match--phone' : ''}`,
    'data-testid': 'match-screen',
    'data-active-seat': G.activeSeat,
    'data-my-seat': mySeat ?? '',
    'data-gameover': G.gameover ? 'true' : 'false',
  };

  if (handOff && !G.gameover) {
    return <div {...rootAttrs}><HandOff g={G} who={roster[handOff.seat]} onReady={handOff.onReady} /></div>;
  }

  if (G.gameover && showEnd) {
    return (
      <div {...rootAttrs}>
        <Suspense fallback={<Loading text="Counting the scores…" />}>
          <EndScreen g={G} roster={roster} mySeat={mySeat} onShowBoard={seeBoard} onPlayAgain={onPlayAgain} playAgainLabel={playAgainLabel ?? (match.kind === 'solo' ? 'Play again' : 'New match')} rematch={rematch} replayHref={match.kind === 'solo' ? paths.soloReplay : paths.replay(match.matchID)} />
        </Suspense>
      </div>
    );
  }

  const active = roster[G.activeSeat];
  const latest = lastMove(match.log);
  const othersMove = latest && !match.localSeats.includes(latest.seat) ? latest : null;
  const me = mySeat ? roster[mySeat] : null;
  const when = mySeat ? turnWhen(G, mySeat) : null;
  const myTokens = mySeat ? G.states[stateOf(mySeat)].tokens.length : 0;
  const lastRound = G.history.length ? G.history[G.history.length - 1].round : null;
  const unread = Math.max(0, match.chat.length - Math.max(seenChat.current, match.chatEarlier));
  const turnText = G.gameover ? 'Match over' : match.isMyTurn ? `Your turn · ${G.actionsLeft} left` : `${active.stateName} to play`;

  const waiting = (
    <div className="wait-card">
      {G.gameover ? (
        <p>The match is over.</p>
      ) : botHolds ? (
        <p>A bot is playing your seat for now. When the facilitator hands it back, your actions appear here again.</p>
      ) : mySeat === null ? (
        <p>You are watching this match. <strong>{active.stateName}</strong> ({playerLabel(active)}) is playing.</p>
      ) : (
        <>
          <p><strong>{active.stateName}</strong> ({playerLabel(active)}) {match.botThinking ? 'is thinking…' : 'is playing.'}</p>
          <p>Your turn comes <strong>{when ? turnWhenText(when) : 'later'}</strong>. Meanwhile, read the event, the boards and the log.</p>
          <AwayNotice active={active} long={awayLong} standIn={standIn} />
        </>
      )}
    </div>
  );

  const mapBlock = (
    <MapCard g={G} board={board} onBoard={setBoard} selected={selected} onSelect={setSelected} mySeat={mySeat}>
      {selected && selected !== (mySeat ? stateOf(mySeat) : null) && <StateSummary g={G} id={selected} roster={roster} />}
    </MapCard>
  );

  const boardsBlock = (
    <section className="boards-block" data-guide="boards" aria-labelledby="boards-h">
      <h2 id="boards-h" className="section-title">The four boards</h2>
      <BoardsPanel g={G} highlight={selected} selectedBoard={board} onSelectBoard={(b) => setBoard(b)} />
    </section>
  );

  const powers = () => <PowersReplay steps={G.powersLog} round={lastRound} year={lastRound ? YEAR_OF_ROUND(lastRound) : null} />;
  const chatTab: TabDef[] = match.kind === 'online'
    ? [{ id: 'chat', label: 'Chat', badge: chatOpen ? undefined : unread || undefined, render: () => <ChatPanel messages={match.chat} roster={roster} canChat={match.canChat} onSend={match.sendChat} /> }]
    : [];

  const banner = (
    <YourTurnBanner
      isMyTurn={match.isMyTurn}
      actionsLeft={G.actionsLeft}
      tokens={match.isMyTurn ? myTokens : 0}
      active={active}
      thinking={!!match.botThinking}
      over={!!G.gameover}
      waitText={when && when.when !== 'now' ? `Your turn comes ${turnWhenText(when)}.` : undefined}
      extra={G.gameover
        ? <button type="button" className="button button--small" onClick={() => setShowEnd(true)}>Back to the final scores</button>
        : canAct && !control?.paused
          // The actions can sit below the map and the cards: one step to them, by mouse or keyboard.
          ? (
            <button type="button" className="button button--small turn-banner__go" aria-label="Go to your actions" onClick={() => spotlight('actions')}>
              {isPhone ? 'Actions ↓' : 'Go to your actions'}
            </button>
          )
          : undefined}
      paused={!!control?.paused}
      // A bot moves at once: no countdown on its turn (the server's timer there only guards a stuck bot).
      timer={control && !active.bot ? <TurnTimer control={control} offset={clockOffset} /> : undefined}
      recapSummary={recap?.summary}
      othersMove={othersMove}
      unrest={!!mySeat && G.states[stateOf(mySeat)].unrest}
    />
  );
  const controlBanner = control && <ControlBanner banner={control.banner} />;

  /** "Show me": the tip's part of the screen, on its tab if it lives on one. */
  const showGuideTarget = (target: GuideTarget) => {
    if (target === 'powers') (isPhone ? setPhoneTab : setTab)('powers');
    if (target === 'boards' && isPhone) setPhoneTab('boards');
    window.setTimeout(() => spotlight(target), 0);
  };
  const guidePanel = guide.tip && (
    <GuidePanel
      tip={guide.tip}
      onShow={() => showGuideTarget(guide.tip!.target)}
      onRead={() => {
        // With no tip to follow, the panel goes: focus moves to the page rather than being lost.
        if (!guide.read()) document.getElementById('main')?.focus();
      }}
      onTurnOff={() => {
        guide.turnOff();
        document.getElementById('main')?.focus();
      }}
    />
  );

  const errorBox = match.error && (
    <div className="notice notice--error" role="alert">
      <p>{match.error}</p>
      <button type="button" className="button button--small" onClick={match.dismissError}>Dismiss</button>
    </div>
  );

  const side = me && mySeat ? (
    <>
      {control && (botHolds || me.bot) && (
        <p className="notice notice--warn" role="status">A bot is playing your seat for now, by the facilitator’s choice. It comes back to you when the facilitator hands it back.</p>
      )}
      <StateCard g={G} seat={mySeat} player={me} />
      <ActionPanel ctrl={panel} isMyTurn={canAct} actionsLeft={G.actionsLeft} waiting={waiting} pending={!!match.pending} guide={{ on: guide.on, toggle: guide.on ? guide.turnOff : guide.turnOn }} chime={match.kind === 'online'} recap={recap} />
    </>
  ) : (
    <section className="card spectator-card" aria-labelledby="spectator-h">
      <h2 id="spectator-h">The five states</h2>
      {waiting}
      <StatesTable g={G} roster={roster} compact />
    </section>
  );


  if (isPhone) {
    const tabs: TabDef[] = [
      { id: 'map', label: 'Map', render: () => mapBlock },
      { id: 'boards', label: 'Boards', render: () => <>{boardsBlock}<h2 className="section-title">The five states</h2><StatesTable g={G} roster={roster} compact /></> },
      { id: 'log', label: 'Log', render: () => <LogPanel log={match.log} g={G} /> },
      { id: 'powers', label: 'Powers', render: powers },
      ...chatTab,
    ];
    return (
      <div {...rootAttrs}>
        <TopBar g={G} kind={match.kind} isConnected={match.isConnected} compact turnText={turnText} myTurn={match.isMyTurn} />
        {banner}
        {controlBanner}
        <main id="main" tabIndex={-1} className="match-phone">
          <h1 className="visually-hidden">{me ? `${me.stateName}: match` : 'Match'}</h1>
          {errorBox}
          {guidePanel}
          <EventCard eventId={G.event} year={YEAR_OF_ROUND(G.round)} variant="full" />
          {side}
          <Tabs tabs={tabs} active={phoneTab} onChange={setPhoneTab} label="Match views" className="tabs--phone" />
        </main>
      </div>
    );
  }

  const tabs: TabDef[] = [
    { id: 'log', label: 'Log', render: () => <LogPanel log={match.log} g={G} /> },
    { id: 'powers', label: 'Powers replay', render: powers },
    { id: 'states', label: 'The five states', render: () => <StatesTable g={G} roster={roster} /> },
    ...chatTab,
  ];
  return (
    <div {...rootAttrs}>
      <TopBar g={G} kind={match.kind} isConnected={match.isConnected} compact={false} turnText={turnText} myTurn={match.isMyTurn} />
      {banner}
      {controlBanner}
      <main id="main" tabIndex={-1} className="match-grid">
        <h1 className="visually-hidden">{me ? `${me.stateName}: match` : 'Match'}</h1>
        <div className="match-grid__main">
          {mapBlock}
          <div className="match-grid__feed card">
            <Tabs tabs={tabs} active={tab} onChange={setTab} label="Log, replay and chat" />
          </div>
        </div>
        <div className="match-grid__side">
          {errorBox}
          {guidePanel}
          {side}
        </div>
        <div className="match-grid__boards">{boardsBlock}</div>
      </main>
    </div>
  );
}
