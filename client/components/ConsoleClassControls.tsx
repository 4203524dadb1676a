// The console's class-wide controls: start (asking first while seats are empty), pause or resume
// every match, end every match (after this round, or now, asking first); what a turn's timeout
// does; a message broadcast to every match; and the next event for every match at once.
import { useId, useState, type FormEvent } from 'react';
import { MAX_MESSAGE } from '../../game/control';
import type { ConsoleView, TimeoutAction } from '../../game/seminar';
import { eventTitle } from '../../game/texts';
import { endAllQuestion, endable, type EndHow, type Question } from '../lib/consoleAsk';
import type { ConsoleController } from '../lib/useConsole';
import { FeedbackLine } from './FeedbackLine';

type Ctrl = Pick<ConsoleController, 'run' | 'busy' | 'feedback'>;

/** The events every open match may still draw next (the cards in all their next decks). */
function commonEvents(view: ConsoleView): string[] {
  const open = view.matches.filter((m) => !m.gameover);
  if (open.length === 0) return [];
  return open[0].injectable.filter((id) => open.every((m) => m.injectable.includes(id)));
}

/** The card the control team set for the next round of every open match alike, or ''. */
function commonQueued(view: ConsoleView): string {
  const open = view.matches.filter((m) => !m.gameover);
  const first = open[0]?.queuedEvent ?? null;
  return first && open.every((m) => m.queuedEvent === first) ? first : '';
}

const timeText = (ms: number) => new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

export interface ConsoleClassControlsProps {
  view: ConsoleView;
  ctrl: Ctrl;
  onStartAll: () => void;
  /** Asks the facilitator first; `go` runs on yes (SeminarConsole's confirmation dialog). */
  ask: (question: Question, go: () => void) => void;
}

export function ConsoleClassControls({ view, ctrl, onStartAll, ask }: ConsoleClassControlsProps) {
  const uid = useId();
  const { run, busy } = ctrl;
  const [text, setText] = useState('');
  const [eventId, setEventId] = useState('');
  const events = commonEvents(view);
  const queued = commonQueued(view);
  // The select shows the card set for every match until the facilitator picks another.
  const chosen = events.includes(eventId) ? eventId : events.includes(queued) ? queued : '';
  const anyWaiting = view.matches.some((m) => !m.started);
  const anyRunning = view.matches.some((m) => m.started && !m.gameover && !m.control.paused);
  const anyPaused = view.matches.some((m) => m.started && !m.gameover && m.control.paused);
  const timer = view.options.turnSeconds;
  const endAll = (how: EndHow) => ask(endAllQuestion(how, view.matches), () => void run('all', how, {},
    how === 'end-now' ? 'Every running match is over: scored as it stood.' : 'Every running match ends after its round.'));

  const broadcast = (e: FormEvent) => {
    e.preventDefault();
    const t = text.trim();
    if (!t) {
      document.getElementById(`${uid}-msg`)?.focus();
      return;
    }
    void run('broadcast', 'broadcast', { text: t }, 'Sent: every match shows it as a banner.').then((ok) => ok && setText(''));
  };
  const setTimeoutAction = (onTimeout: TimeoutAction) =>
    void run('timeout', 'timeout', { onTimeout }, onTimeout === 'pass' ? 'When time runs out, the rest of the turn is passed.' : 'When time runs out, a bot plays the rest of the turn.');

  return (
    <section className="card console-controls" aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`} className="visually-hidden">Class controls</h2>
      <div className="console-controls__block">
        <h3 className="small-heading">Every match</h3>
        <div className="button-row">
          <button type="button" className="button button--primary" disabled={!anyWaiting || busy === 'all'} onClick={onStartAll}>Start all matches</button>
          <button type="button" className="button" disabled={!anyRunning || busy === 'all'} onClick={() => void run('all', 'pause', {}, 'Every match is paused.')}>Pause all</button>
          <button type="button" className="button" disabled={!anyPaused || busy === 'all'} onClick={() => void run('all', 'resume', {}, 'Every match goes on.')}>Resume all</button>
        </div>
        <div className="button-row console-controls__end" role="group" aria-label="End every running match">
          <button type="button" className="button" disabled={!endable(view.matches, 'end-after-round').length || busy === 'all'} onClick={() => endAll('end-after-round')}>End all after this round</button>
          <button type="button" className="button" disabled={!endable(view.matches, 'end-now').length || busy === 'all'} onClick={() => endAll('end-now')}>End all now</button>
        </div>
        <FeedbackLine feedback={ctrl.feedback} where="all" />
        {timer !== null ? (
          <fieldset className="console-controls__timeout">
            <legend className="field__label">When a turn’s {Math.round(timer / 60 * 10) / 10}-minute timer runs out</legend>
            {(['pass', 'bot'] as const).map((k) => (
              <label key={k} className="radio-line">
                <input type="radio" name={`${uid}-timeout`} checked={view.options.onTimeout === k} disabled={busy === 'timeout'} onChange={() => setTimeoutAction(k)} />
                {k === 'pass' ? 'Pass the rest of the turn' : 'A bot plays the rest of the turn'}
              </label>
            ))}
            <FeedbackLine feedback={ctrl.feedback} where="timeout" />
          </fieldset>
        ) : (
          <p className="muted small">This class has no turn timer.</p>
        )}
      </div>

      <form className="console-controls__block" onSubmit={broadcast}>
        <h3 className="small-heading"><label htmlFor={`${uid}-msg`}>Message to every match</label></h3>
        <textarea id={`${uid}-msg`} className="input textarea" rows={2} maxLength={MAX_MESSAGE} value={text} onChange={(e) => setText(e.target.value)}
          placeholder="News from the control team: “Moscow recalls its ambassador…”" aria-describedby={`${uid}-msg-hint`} />
        <p id={`${uid}-msg-hint`} className="field__hint">Players see it as a banner and in their log. {text.length}/{MAX_MESSAGE}</p>
        <button type="submit" className="button" disabled={busy === 'broadcast'}>Broadcast</button>
        <FeedbackLine feedback={ctrl.feedback} where="broadcast" />
        {view.broadcasts.length > 0 && (
          <details className="console-controls__sent">
            <summary>Sent messages ({view.broadcasts.length})</summary>
            <ol>
              {[...view.broadcasts].reverse().slice(0, 8).map((b) => <li key={b.at}><span className="muted num">{timeText(b.at)}</span> {b.text}</li>)}
            </ol>
          </details>
        )}
      </form>

      <form className="console-controls__block" onSubmit={(e) => { e.preventDefault(); if (chosen) void run('inject-all', 'inject', { eventId: chosen }, `${eventTitle(chosen)} opens the next round of every match.`).then((ok) => ok && setEventId('')); }}>
        <h3 className="small-heading"><label htmlFor={`${uid}-event`}>Next event for every match</label></h3>
        <select id={`${uid}-event`} className="select" value={chosen} onChange={(e) => setEventId(e.target.value)} disabled={events.length === 0} aria-describedby={`${uid}-event-hint`}>
          <option value="">{events.length ? 'Choose an event card' : 'No card is left in every deck'}</option>
          {events.map((id) => <option key={id} value={id}>{eventTitle(id)}</option>)}
        </select>
        <p id={`${uid}-event-hint`} className="field__hint">
          {queued
            ? `Set by you: ${eventTitle(queued)} opens every open match’s next round.`
            : 'Cards still in every open match’s deck. It opens each match’s next round.'}
        </p>
        <button type="submit" className="button" disabled={!chosen || chosen === queued || busy === 'inject-all'}>Set for all matches</button>
        <FeedbackLine feedback={ctrl.feedback} where="inject-all" />
      </form>
    </section>
  );
}
