// The facilitator's full view of one match, in a dialog: the tracks, all five states with their
// secret agendas (shown on request while the match runs: the console is often projected), influence on the four boards, the chat and the recent moves and interventions.
import { useEffect, useRef, useState } from 'react';
import { leader } from '../../game/board';
import { actionLine } from '../../game/deeds';
import { actionFromMove } from '../../game/index';
import { STATE_NAME } from '../../game/names';
import type { MatchRecord } from '../../game/seminar';
import { queuedEvent } from '../../game/control';
import { AGENDA_TEXT, YEAR_OF_ROUND, eventTitle } from '../../game/texts';
import type { Action, Board, G, StateId } from '../../game/types';
import { BOARDS, STATE_IDS, isSeat, seatOf, stateOf } from '../../game/types';
import { agendaPoints } from '../../game/agendas';
import { BOT_TITLE } from '../lib/roster';
import { useMatchRecord } from '../lib/useConsole';
import { HeatGrid, type HeatCell } from './HeatGrid';
import { StateMark } from './StateMark';
import { MiniStats } from './StatesTable';
import { TrackMeters } from './Tracks';

const MOVE_TYPES: readonly string[] = ['court', 'resist', 'join', 'leave', 'hostBase', 'closeBase', 'mediate', 'pass', 'useToken'];
const clock = (ms: number) => new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

function moveText(mv: MatchRecord['moves'][number]): string {
  const a = mv.action ?? (MOVE_TYPES.includes(mv.move) && Array.isArray(mv.args) ? actionFromMove(mv.move as Action['type'], mv.args) : null);
  return a && isSeat(mv.seat) ? actionLine(a, mv.seat) : `${mv.move}`;
}

/** A board's influence now, with each state's leader (game/board). */
function heatCells(g: G, b: Board): Record<StateId, HeatCell> {
  return Object.fromEntries(STATE_IDS.map((id) => [id, { ...g.states[id].influence[b], leader: leader(g, id, b) }])) as Record<StateId, HeatCell>;
}

function States({ g, players, agendas }: { g: G; players: MatchRecord['players']; agendas: boolean }) {
  return (
    <ul className="inspector-states">
      {STATE_IDS.map((id) => {
        const s = g.states[id];
        const seat = seatOf(id);
        const agenda = s.agenda && Object.hasOwn(AGENDA_TEXT, s.agenda) ? AGENDA_TEXT[s.agenda] : null;
        const pts = agendaPoints(g, id);
        return (
          <li key={id} className={`inspector-state${g.activeSeat === seat && !g.gameover ? ' is-turn' : ''}`}>
            <p className="cell-state"><StateMark id={id} size="sm" /> <strong>{STATE_NAME[id]}</strong> <span className="muted">{players[seat] || 'Open seat'}</span></p>
            <MiniStats g={g} id={id} />
            <div className="inspector-state__agenda">
              <p className="small-heading">Secret agenda</p>
              {!agendas ? <p className="muted small">Hidden</p> : agenda ? (
                <>
                  <p><strong>{agenda.title}</strong> <span className={`status-pill status-pill--${pts > 0 ? 'met' : 'unmet'}`}>{pts > 0 ? `✓ Met now, +${pts}` : '✗ Not met now'}</span></p>
                  <p className="muted small">{agenda.goal}</p>
                </>
              ) : <p className="muted small">Unknown</p>}
            </div>
            <p className="muted small">{s.members.join(', ') || 'No institution'} · {s.bases.length ? s.bases.map((b) => `${b} base`).join(', ') : 'no base'} · {s.bri} BRI{s.unrest ? ' · unrest' : ''}</p>
          </li>
        );
      })}
    </ul>
  );
}

/** Who made a move, as people read it: a student's name, "Medium bot", "the timer". */
const byText = (by: string): string => (by === 'timer' ? 'the timer' : BOT_TITLE[by] ?? by);

function RecordView({ r }: { r: MatchRecord }) {
  const g = r.G;
  // The console is often on the projector: the students' secret agendas show only when asked for
  // (and by themselves once the match is over, when they are public).
  const [agendasShown, setAgendasShown] = useState(false);
  const agendas = agendasShown || !!g.gameover;
  const queued = queuedEvent(g);
  const moves = [...r.moves].sort((a, b) => b.index - a.index).slice(0, 20);
  const control = [...(g.control?.log ?? [])].reverse().slice(0, 12);
  return (
    <>
      <p className="inspector__when">
        <strong className="num">{YEAR_OF_ROUND(g.round)}</strong> · Round {g.round} of {g.rounds}
        {g.gameover ? ' · over' : ` · ${STATE_NAME[stateOf(g.activeSeat)]} to play`}{g.control?.paused ? ' · paused' : ''}
      </p>
      <p className="inspector__events">
        {g.event && <>Event now: <strong>{eventTitle(g.event)}</strong></>}
        {queued && <> · Next round: <strong>{eventTitle(queued)}</strong> (set by you)</>}
      </p>
      <div className="console-match__tracks">
        <TrackMeters tracks={g.tracks} />
      </div>
      <div className="inspector__states-head">
        <h3 className="inspector__h">The five states</h3>
        {!g.gameover && (
          <button type="button" className="button button--small" aria-pressed={agendasShown} onClick={() => setAgendasShown(!agendasShown)}>
            {agendasShown ? 'Hide the secret agendas' : 'Show the secret agendas'}
          </button>
        )}
      </div>
      {!g.gameover && !agendasShown && <p className="muted small">Hidden while the match runs, in case this screen is on the projector.</p>}
      <States g={g} players={r.players} agendas={agendas} />
      <h3 className="inspector__h">Influence on the four boards</h3>
      <div className="heat-grids">
        {BOARDS.map((b) => (
          <HeatGrid key={b} board={b} cells={heatCells(g, b)} />
        ))}
      </div>
      <div className="inspector__feeds">
        <section aria-label="Chat of the match">
          <h3 className="inspector__h">Chat</h3>
          {r.chat.length === 0 ? <p className="muted">No messages.</p> : (
            <ol className="inspector-chat" tabIndex={0} aria-label="Chat messages, oldest first">
              {r.chat.map((c, i) => (
                <li key={i}>
                  {isSeat(c.seat) && <StateMark id={stateOf(c.seat)} size="sm" />}
                  <span><span className="muted small">{c.name} · {clock(c.at)}</span><br />{c.text}</span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-label="Recent moves and interventions">
          <h3 className="inspector__h">Recent moves</h3>
          {moves.length === 0 ? <p className="muted">No moves yet.</p> : (
            <ol className="inspector-moves">
              {moves.map((mv) => (
                <li key={mv.index}><span className="muted num">{YEAR_OF_ROUND(mv.round)}</span> {moveText(mv)} <span className="muted">({byText(mv.by)})</span></li>
              ))}
            </ol>
          )}
          {control.length > 0 && (
            <>
              <h3 className="inspector__h">Your interventions</h3>
              <ol className="inspector-moves">
                {control.map((c, i) => <li key={i}><span className="log__tag">Control</span> <span className="muted num">{clock(c.at)}</span> {c.text}</li>)}
              </ol>
            </>
          )}
        </section>
      </div>
    </>
  );
}

export function MatchInspector({ classID, token, index, label, onClose }: {
  classID: string; token: string | null; index: number | null; label: string; onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement | null>(null);
  const { record, error } = useMatchRecord(classID, token, index);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (index !== null && !d.open) d.showModal();
    if (index === null && d.open) d.close();
  }, [index]);
  return (
    <dialog ref={ref} className="dialog dialog--wide inspector" aria-labelledby="inspector-h" onClose={onClose} data-testid="match-inspector">
      <div className="inspector__head">
        <h2 id="inspector-h">{label}: full view</h2>
        <form method="dialog"><button type="submit" className="button button--small">Close</button></form>
      </div>
      {error && <p className="notice notice--error" role="alert">{error}</p>}
      {index !== null && record && record.index === index ? <RecordView r={record} /> : !error && <p role="status"><span className="spinner" aria-hidden="true" /> Loading the match…</p>}
    </dialog>
  );
}
