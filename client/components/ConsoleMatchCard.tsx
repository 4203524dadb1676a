// One match of the facilitator's console: status, round and year, this round's event and the one
// the control team set for the next, whose turn and the time left (no countdown on a bot's turn),
// the three tracks, each seat (students or bot, connection, sovereignty; once over, the final
// scores in rank order), and the controls to start (asking first while seats are empty), pause,
// resume, open, choose the next event, move a track (asking first before a crisis), hand a seat
// to a bot, and end the match (after this round, or now, asking first).
import { useId, useState } from 'react';
import { endsInCrisis } from '../../game/control';
import { STATE_NAME } from '../../game/names';
import type { BotKind, ConsoleMatch, ConsoleSeat } from '../../game/seminar';
import { YEAR_OF_ROUND, eventTitle } from '../../game/texts';
import type { Track } from '../../game/types';
import { stateOf } from '../../game/types';
import { crisisQuestion, endQuestion, type EndHow, type Question } from '../lib/consoleAsk';
import { BOT_TITLE } from '../lib/roster';
import type { ConsoleController } from '../lib/useConsole';
import { FeedbackLine } from './FeedbackLine';
import { StateMark } from './StateMark';
import { TrackMeters, tensionZone } from './Tracks';
import { PauseIcon, TurnTimer } from './TurnTimer';

export interface ConsoleMatchCardProps {
  m: ConsoleMatch;
  ctrl: Pick<ConsoleController, 'run' | 'busy' | 'feedback' | 'offset'>;
  botLevel: BotKind;
  onOpen: (index: number) => void;
  /** Starts the match, asking first while student seats are empty (SeminarConsole). */
  onStart: (index: number) => void;
  /** Asks the facilitator first; `go` runs on yes (SeminarConsole's confirmation dialog). */
  ask: (question: Question, go: () => void) => void;
}

const TRACKS: { id: Track; label: string }[] = [
  { id: 'tension', label: 'Tension' }, { id: 'asymmetry', label: 'Asymmetry' }, { id: 'euEngagement', label: 'EU engagement' },
];

/** The match's status in a word or two: not started, running, paused, or its end. */
export function matchStatus(m: ConsoleMatch): { key: 'waiting' | 'running' | 'paused' | 'over'; text: string } {
  if (m.gameover) {
    const who = m.gameover.winners.map((s) => STATE_NAME[stateOf(s)]).join(' and ');
    const how = m.gameover.crisis ? 'Over: crisis' : m.control.ending ? 'Over: ended by you' : 'Over';
    return { key: 'over', text: `${how} · ${who} ${m.gameover.winners.length > 1 ? 'win' : 'wins'}` };
  }
  if (!m.started) return { key: 'waiting', text: 'Not started' };
  return m.control.paused ? { key: 'paused', text: 'Paused' } : { key: 'running', text: 'Running' };
}

function SeatWho({ s }: { s: ConsoleSeat }) {
  if (s.students.length === 0) return s.bot ? <span>{BOT_TITLE[s.bot] ?? 'Bot'}</span> : <span className="muted">Open seat</span>;
  return (
    <span>
      {s.students.join(', ')}
      {s.bot && <span className="tag tag--on console-seat__bot">{BOT_TITLE[s.bot] ?? 'Bot'} playing</span>}
    </span>
  );
}

function Connection({ s, started }: { s: ConsoleSeat; started: boolean }) {
  if (s.students.length === 0) return <span className="muted">—</span>;
  if (!started) return <span className="muted">Waiting</span>;
  return (
    <span className={`presence presence--${s.connected ? 'on' : 'off'}`}>
      <span className="presence__dot" aria-hidden="true" />
      {s.connected ? 'Online' : 'Offline'}
    </span>
  );
}

/** The seats in the table's order: as seated while the match runs, first to last once it is over. */
const seatRows = (m: ConsoleMatch): ConsoleSeat[] =>
  m.gameover && m.ranking ? m.ranking.map((seat) => m.seats.find((s) => s.seat === seat)!) : m.seats;

/** A seat's score cell: sovereignty now, or once over the final total with the winner's star and ✓ for an agenda met. */
function ScoreCell({ m, s }: { m: ConsoleMatch; s: ConsoleSeat }) {
  const over = m.gameover;
  if (!over) return <td data-label="Sovereignty" className="num"><strong>{s.sovereignty}</strong></td>;
  const won = over.winners.includes(s.seat);
  const met = over.agendasMet[s.seat];
  return (
    <td data-label="Final" className="num">
      <span className="console-seats__final">
        <strong>{over.scores[s.seat].total}</strong>
        <span className="console-seats__marks">
          {won && <span className="win-mark" title="Winner"><span aria-hidden="true">★</span><span className="visually-hidden"> winner</span></span>}
          {met && <span className="console-seats__met" title="Secret agenda met"><span aria-hidden="true">✓</span><span className="visually-hidden">, agenda met</span></span>}
        </span>
      </span>
    </td>
  );
}

export function ConsoleMatchCard({ m, ctrl, botLevel, onOpen, onStart, ask }: ConsoleMatchCardProps) {
  const uid = useId();
  const { run, busy } = ctrl;
  const [eventId, setEventId] = useState('');
  const [track, setTrack] = useState<Track>('tension');
  const [reason, setReason] = useState('');
  const where = `match:${m.index}`;
  const status = matchStatus(m);
  const live = m.started && !m.gameover;
  const zone = tensionZone(m.tracks.tension);
  const pending = busy === where;
  const active = m.seats.find((s) => s.seat === m.activeSeat);
  const queued = m.queuedEvent ?? null;
  // The select shows the card the control team set until the facilitator picks another.
  const chosenEvent = m.injectable.includes(eventId) ? eventId : queued && m.injectable.includes(queued) ? queued : '';
  const trackName = TRACKS.find((t) => t.id === track)!.label;
  const lastRound = m.round >= m.rounds;

  const moveTrack = (delta: 1 | -1) => (e: { preventDefault(): void }) => {
    e.preventDefault();
    const why = reason.trim();
    if (!why) {
      document.getElementById(`${uid}-reason`)?.focus();
      return;
    }
    const go = () => void run(where, 'track', { match: m.index, track, delta, reason: why }, `${trackName} ${delta > 0 ? '+1' : '−1'}: the players read your reason in their log.`)
      .then((ok) => { if (ok) setReason(''); });
    if (endsInCrisis(m.tracks.tension, track, delta)) ask(crisisQuestion(m, why), go);
    else go();
  };
  const end = (how: EndHow) => ask(endQuestion(how, m), () => void run(where, how, { match: m.index },
    how === 'end-now' ? `${m.label} is over: scored as it stood.` : `${m.label} ends after round ${m.round}.`));

  const steer = !m.gameover && (
    <div className="console-match__steer">
      <form className="steer" onSubmit={(e) => { e.preventDefault(); if (chosenEvent) void run(where, 'inject', { match: m.index, eventId: chosenEvent }, `${eventTitle(chosenEvent)} opens the next round of ${m.label}.`).then((ok) => ok && setEventId('')); }}>
        <label htmlFor={`${uid}-event`} className="steer__label">Next event</label>
        <select id={`${uid}-event`} className="select" value={chosenEvent} onChange={(e) => setEventId(e.target.value)} disabled={m.injectable.length === 0}>
          <option value="">{m.injectable.length ? 'Drawn at random' : 'No event left to draw'}</option>
          {m.injectable.map((id) => <option key={id} value={id}>{eventTitle(id)}</option>)}
        </select>
        <button type="submit" className="button button--small" disabled={!chosenEvent || chosenEvent === queued || pending}>Set<span className="visually-hidden"> the next event of {m.label}</span></button>
      </form>
      <form className="steer steer--track" onSubmit={moveTrack(1)}>
        <label htmlFor={`${uid}-track`} className="steer__label">Track</label>
        <select id={`${uid}-track`} className="select select--short" value={track} onChange={(e) => setTrack(e.target.value as Track)}>
          {TRACKS.map((t) => <option key={t.id} value={t.id}>{t.label}</option>)}
        </select>
        <label htmlFor={`${uid}-reason`} className="visually-hidden">Reason the players will read ({m.label})</label>
        <input id={`${uid}-reason`} className="input steer__reason" value={reason} maxLength={280} placeholder="Reason the players will read" onChange={(e) => setReason(e.target.value)} />
        <span className="steer__pm">
          <button type="submit" className="button button--small" disabled={pending} aria-label={`${trackName} +1 in ${m.label}`}>+1</button>
          <button type="button" className="button button--small" disabled={pending} aria-label={`${trackName} −1 in ${m.label}`} onClick={moveTrack(-1)}>−1</button>
        </span>
      </form>
      {live && (
        <div className="steer steer--end" role="group" aria-labelledby={`${uid}-end`}>
          <span id={`${uid}-end`} className="steer__label">End the match</span>
          <button type="button" className="button button--small" disabled={pending || lastRound} onClick={() => end('end-after-round')}
            aria-describedby={lastRound ? `${uid}-last` : undefined}>
            After this round<span className="visually-hidden"> ({m.label})</span>
          </button>
          <button type="button" className="button button--small" disabled={pending} onClick={() => end('end-now')}>
            Now<span className="visually-hidden">, scored as it stands ({m.label})</span>
          </button>
          {lastRound && <span id={`${uid}-last`} className="muted small">Last round: it ends after this one.</span>}
        </div>
      )}
    </div>
  );

  return (
    <section id={`console-match-${m.index + 1}`} className={`card console-match console-match--${status.key} console-match--${zone}`} aria-labelledby={`${uid}-h`} data-testid="console-match" data-match-index={m.index}>
      <header className="console-match__head">
        <h3 id={`${uid}-h`} className="console-match__title">{m.label}</h3>
        <span className={`status-badge status-badge--${status.key}`}>{status.key === 'paused' && <PauseIcon />}{status.text}</span>
        <div className="console-match__buttons">
          {!m.started && (
            <button type="button" className="button button--small button--primary" disabled={pending} onClick={() => onStart(m.index)}>
              Start<span className="visually-hidden"> {m.label}</span>
            </button>
          )}
          {live && (m.control.paused ? (
            <button type="button" className="button button--small button--primary" disabled={pending} onClick={() => void run(where, 'resume', { match: m.index }, `${m.label} resumed.`)}>
              Resume<span className="visually-hidden"> {m.label}</span>
            </button>
          ) : (
            <button type="button" className="button button--small" disabled={pending} onClick={() => void run(where, 'pause', { match: m.index }, `${m.label} paused.`)}>
              Pause<span className="visually-hidden"> {m.label}</span>
            </button>
          ))}
          <button type="button" className="button button--small" onClick={() => onOpen(m.index)}>
            Open<span className="visually-hidden"> {m.label}</span>
          </button>
        </div>
      </header>

      <div className="console-match__body">
        <div className="console-match__info">
          <div className="console-match__now">
            <p className="console-match__year">
              <strong className="num">{YEAR_OF_ROUND(m.round)}</strong> <span className="muted">Round {m.round} of {m.rounds}</span>
            </p>
            {(m.event || queued) && (
              <p className="console-match__events" data-testid="console-events">
                {m.event && <span><span className="muted">Event now:</span> {eventTitle(m.event)}</span>}
                {queued && <span><span className="muted">Next round:</span> {eventTitle(queued)} <span className="muted">(set by you)</span></span>}
              </p>
            )}
            {live && active && (
              <p className="console-match__turn">
                <span className="muted">Turn:</span> <StateMark id={active.state} size="sm" /> <strong>{STATE_NAME[active.state]}</strong>
                <span className="muted"> · {active.actionsLeft} left</span>
              </p>
            )}
            {/* A bot moves at once: its turn has no countdown to watch (the server's timer only guards against a stuck bot). */}
            {live && (active?.bot ? (
              <span className="console-botturn" data-testid="bot-turn">{BOT_TITLE[active.bot] ?? 'Bot'} to move · no timer</span>
            ) : <TurnTimer control={m.control} offset={ctrl.offset} />)}
          </div>

          <div className="console-match__tracks">
            <TrackMeters tracks={m.tracks} />
          </div>
        </div>
        <table className="data-table console-seats">
          <caption className="visually-hidden">The five seats of {m.label}</caption>
          <thead>
            <tr>
              <th scope="col">State</th>
              <th scope="col">Played by</th>
              <th scope="col">Connection</th>
              {m.gameover
                ? <th scope="col" className="num" title="Final score: sovereignty with agendas and any crisis penalty">Final</th>
                : <th scope="col" className="num" title="Sovereignty without secret agendas">Sov.</th>}
              {live && <th scope="col"><span className="visually-hidden">Bot</span></th>}
            </tr>
          </thead>
          <tbody>
            {seatRows(m).map((s) => {
              const name = STATE_NAME[s.state];
              const turn = live && s.seat === m.activeSeat;
              return (
                <tr key={s.seat} className={turn ? 'is-turn' : undefined}>
                  <th scope="row">
                    <span className="cell-state"><StateMark id={s.state} size="sm" /> <span>{name}{turn && <span className="console-seat__turn"><span className="visually-hidden">, </span>playing now</span>}</span></span>
                  </th>
                  <td data-label="Played by"><SeatWho s={s} /></td>
                  <td data-label="Connection"><Connection s={s} started={m.started} /></td>
                  <ScoreCell m={m} s={s} />
                  {live && (
                    <td className="console-seats__act">
                      {s.students.length > 0 && (s.bot === null ? (
                        <button type="button" className="button button--small" disabled={pending} aria-label={`Bot takes over ${name} in ${m.label}`}
                          onClick={() => void run(where, 'seat', { match: m.index, seat: s.seat, bot: botLevel }, `A ${BOT_TITLE[botLevel]?.toLowerCase() ?? 'bot'} plays ${name}.`)}>
                          Bot takes over
                        </button>
                      ) : (
                        <button type="button" className="button button--small" disabled={pending} aria-label={`Hand ${name} in ${m.label} back to its students`}
                          onClick={() => void run(where, 'seat', { match: m.index, seat: s.seat, bot: null }, `${name} is back with its students.`)}>
                          Hand back
                        </button>
                      ))}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
        {m.gameover && (
          <p className="muted small console-seats__key">
            Final: sovereignty with secret agendas{m.gameover.crisis ? ' and the crisis penalties' : ''} · ★ winner · ✓ agenda met
          </p>
        )}
        {steer}
      </div>
      <FeedbackLine feedback={ctrl.feedback} where={where} />
    </section>
  );
}

