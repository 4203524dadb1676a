// The waiting room of an online match: the five seats and who holds each, the invite link, the
// host's Start button (empty seats become bots); for a visitor, the form to take a free seat.
import { useId, useState, type FormEvent } from 'react';
import { SCENARIO_TEXT, STATE_TEXT } from '../../game/texts';
import type { Seat } from '../../game/types';
import { SEATS, stateOf } from '../../game/types';
import { CopyField } from '../components/CopyField';
import { Link } from '../components/Link';
import { StateChoice } from '../components/StateChoice';
import { StateMark } from '../components/StateMark';
import { NameField } from '../components/TextField';
import type { MatchInfo } from '../lib/api';
import { inviteLink, paths } from '../lib/router';
import { BOT_TITLE } from '../lib/roster';
import { lastName, type SavedSeat } from '../lib/seats';
import type { BotLevel } from '../lib/solo';
import { DEFAULT_SCENARIO, SEAT_KINDS } from '../../game/setup';

const BOT_LEVELS = (['easy', 'medium', 'hard', 'random'] as BotLevel[]).filter((k) => (SEAT_KINDS as readonly string[]).includes(k));
import { useJoinMatch, useSeatActions } from '../lib/useLobbyActions';

export interface WaitingRoomProps {
  info: MatchInfo;
  seat: SavedSeat | null;
  /** Called after this browser took or gave up a seat, or the match started. */
  onChange: () => void;
}

function CopyLink({ matchID }: { matchID: string }) {
  return (
    <CopyField
      className="invite"
      label="Invite link"
      value={inviteLink(matchID)}
      buttonLabel="Copy invite link"
      primary
      copiedText="Copied. Send it to your friends."
      share={{ title: 'Multi-dimensional Chess', text: 'Take a seat in my match of Multi-dimensional Chess:' }}
      hint={<>Or tell them the code <strong className="mono">{matchID}</strong>.</>}
    />
  );
}

function JoinForm({ info, onJoined }: { info: MatchInfo; onJoined: () => void }) {
  const uid = useId();
  const free = info.players.filter((p) => !p.name).map((p) => String(p.id) as Seat);
  const [name, setName] = useState(lastName());
  const [seat, setSeat] = useState<Seat | ''>(free[0] ?? '');
  const [nameError, setNameError] = useState<string | null>(null);
  const { busy, error, join } = useJoinMatch(info.matchID, onJoined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setNameError('Give a name the other players will see.');
      document.getElementById(`${uid}-name`)?.focus();
      return;
    }
    setNameError(null);
    void join(name.trim().replace(/\s+/g, ' '), seat || undefined);
  };
  if (free.length === 0) {
    return <p className="notice">Every seat of this match is taken. <Link href={paths.home}>Back home</Link></p>;
  }
  return (
    <form className="setup-form" onSubmit={submit} noValidate aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>Take a seat</h2>
      <NameField id={`${uid}-name`} value={name} onChange={setName} error={nameError} />
      <StateChoice seats={free} value={seat || null} onChange={setSeat} />
      {error && <p className="notice notice--error" role="alert">{error}</p>}
      <button type="submit" className="button button--primary button--large" disabled={busy}>Join match</button>
    </form>
  );
}

export function WaitingRoom({ info, seat, onChange }: WaitingRoomProps) {
  const [botLevel, setBotLevel] = useState<BotLevel>('medium');
  const uid = useId();
  const { busy, error, start, leave } = useSeatActions(info.matchID, onChange);
  const isHost = !!seat && info.host === seat.playerID;
  const open = info.players.filter((p) => !p.name).length;
  const scenario = info.setupData?.scenario ?? DEFAULT_SCENARIO;

  return (
    <main id="main" tabIndex={-1} className="page page--narrow waiting-room" data-testid="waiting-room">
      <p className="breadcrumb"><Link href={paths.home}>Home</Link></p>
      <h1 className="page-title">Waiting room</h1>
      <p className="lead">
        {SCENARIO_TEXT[scenario]?.title ?? scenario}. {open === 0 ? 'Every seat is taken.' : `${open} ${open === 1 ? 'seat is' : 'seats are'} still open.`}
      </p>

      {seat && (
        <section className="card">
          <CopyLink matchID={info.matchID} />
        </section>
      )}

      <section className="card" aria-labelledby={`${uid}-seats`}>
        <h2 id={`${uid}-seats`}>The five seats</h2>
        <ul className="seat-list">
          {SEATS.map((s) => {
            const p = info.players.find((x) => String(x.id) === s);
            const mine = seat?.playerID === s;
            const who = p?.bot ? BOT_TITLE[p.bot] ?? 'Bot' : p?.name ? p.name : null;
            return (
              <li key={s} className={`seat-list__item${mine ? ' is-you' : ''}${who ? '' : ' is-open'}`}>
                <StateMark id={stateOf(s)} />
                <span className="seat-list__state">{STATE_TEXT[stateOf(s)].name}</span>
                <span className="seat-list__who">
                  {who ? <>{mine ? <strong>You ({who})</strong> : who}{info.host === s && <span className="tag tag--on">host</span>}</> : <span className="muted">Open — waiting for a friend</span>}
                </span>
              </li>
            );
          })}
        </ul>
      </section>

      {seat ? (
        <section className="card" aria-labelledby={`${uid}-start`}>
          <h2 id={`${uid}-start`}>{isHost ? 'Start when you are ready' : 'Waiting for the host'}</h2>
          {isHost ? (
            <>
              <p>Empty seats become bots. Friends who join before you start take their seats themselves.</p>
              <div className="inline-field inline-field--wrap">
                <label htmlFor={`${uid}-level`} className="field__label">Bots for empty seats</label>
                <select id={`${uid}-level`} className="select" value={botLevel} onChange={(e) => setBotLevel(e.target.value as BotLevel)}>
                  {BOT_LEVELS.map((l) => <option key={l} value={l}>{BOT_TITLE[l] ?? l}</option>)}
                </select>
                <button type="button" className="button button--primary button--large" disabled={busy} onClick={() => void start(botLevel)}>
                  Start match
                </button>
              </div>
            </>
          ) : (
            <p className="waiting-note" role="status"><span className="spinner" aria-hidden="true" /> Waiting for the host to start the match. This page updates by itself.</p>
          )}
          {error && <p className="notice notice--error" role="alert">{error}</p>}
          <p><button type="button" className="link-button" onClick={() => void leave()} disabled={busy}>Give up my seat</button></p>
        </section>
      ) : (
        <section className="card">
          <JoinForm info={info} onJoined={onChange} />
        </section>
      )}
    </main>
  );
}
