// The head of the facilitator's console: the class's title and set-up, the big class code and the
// student link to share (both with copy buttons, and a join screen with a QR code for the projector), the way to the debrief, and how to open this
// console on another computer: a copy button for the private facilitator link, whose text stays
// hidden until asked for (the console is often on a projector).
import { useId, useState } from 'react';
import type { ConsoleView } from '../../game/seminar';
import { SCENARIO_TEXT } from '../../game/texts';
import { JoinScreen } from './JoinScreen';
import { Link } from './Link';
import { CopyField, useCopy } from './CopyField';
import { facilitatorLink, paths, studentLink } from '../lib/router';
import { BOT_TITLE } from '../lib/roster';

function setupText(view: ConsoleView): string {
  const o = view.options;
  const parts = [
    SCENARIO_TEXT[o.scenario]?.title ?? o.scenario,
    o.rounds ? `${o.rounds} rounds` : null,
    o.matches === 'auto' ? 'matches as students fill them' : `${o.matches} ${o.matches === 1 ? 'match' : 'matches'}`,
    o.botSeats ? `${o.botSeats} bot ${o.botSeats === 1 ? 'seat' : 'seats'} each (${BOT_TITLE[o.botLevel]?.toLowerCase() ?? o.botLevel})` : null,
    o.turnSeconds ? `${Math.round((o.turnSeconds / 60) * 10) / 10}-minute turns` : 'no turn timer',
    o.hints ? 'hints on' : 'hints off',
  ];
  return parts.filter(Boolean).join(' · ');
}

function ClassCode({ code }: { code: string }) {
  const { copied, copy } = useCopy();
  return (
    <div className="class-code">
      <p className="class-code__label">Class code</p>
      <p className="class-code__value mono" data-testid="class-code">{code}</p>
      <button type="button" className="button button--small" onClick={() => void copy(code)}>Copy class code</button>
      <p className="field__hint" role="status">{copied === 'yes' ? 'Copied.' : copied === 'no' ? 'Copy it by hand.' : `Students type it at ${window.location.host}/class`}</p>
    </div>
  );
}

/**
 * "Open this console on another computer": the private facilitator link, copied with one button.
 * Its text is shown only on request, as the console is often projected.
 */
function PrivateLink({ classID, token }: { classID: string; token: string }) {
  const uid = useId();
  const { copied, copy } = useCopy();
  const [shown, setShown] = useState(false);
  const link = facilitatorLink(classID, token);
  const fieldId = `${uid}-link`;
  const selectField = () => requestAnimationFrame(() => (document.getElementById(fieldId) as HTMLInputElement | null)?.select());
  return (
    <section className="private-link" aria-labelledby={`${uid}-h`} data-testid="private-link">
      <h2 id={`${uid}-h`} className="private-link__title">Open this console on another computer</h2>
      <p className="private-link__text">
        Copy your private facilitator link and open it there — on the lecture-hall PC, say. Keep a copy in your notes or a
        password manager: it is the only way into this console from another browser.
      </p>
      <p className="private-link__warn">
        <strong>Keep it private.</strong> Anyone with the link can run this class: do not project it or post it.
      </p>
      <div className="private-link__buttons">
        <button type="button" className="button button--small" onClick={() => void copy(link, () => { setShown(true); selectField(); })}>
          Copy private link
        </button>
        <button type="button" className="link-button small" aria-expanded={shown} aria-controls={`${uid}-field`} onClick={() => setShown(!shown)}>
          {shown ? 'Hide the link' : 'Show the link'}
        </button>
      </div>
      <div id={`${uid}-field`} className="private-link__field" hidden={!shown}>
        <label htmlFor={fieldId} className="visually-hidden">Private facilitator link</label>
        <input id={fieldId} className="input input--mono" readOnly value={shown ? link : ''} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <p className="field__hint private-link__status" role="status">
        {copied === 'yes' ? 'Copied. Open it on the other computer, or paste it somewhere safe.' : copied === 'no' ? 'Copying did not work here: select the link and copy it by hand.' : ''}
      </p>
    </section>
  );
}

export function ConsoleHeader({ view, token }: { view: ConsoleView; token: string }) {
  const [joinShown, setJoinShown] = useState(false);
  return (
    <header className="console-head">
      <div className="console-head__title">
        <p className="kicker">Class console</p>
        <h1 className="page-title">{view.options.title}</h1>
        <p className="muted">{setupText(view)}</p>
        <p className="button-row console-head__links">
          <button type="button" className="button button--primary" aria-haspopup="dialog" onClick={() => setJoinShown(true)}>Show the join screen</button>
          <Link href={paths.seminarDebrief(view.classID)} className="button">Debrief</Link>
        </p>
        <JoinScreen open={joinShown} onClose={() => setJoinShown(false)} title={view.options.title} code={view.code} joined={view.students.length} />
      </div>
      <section className="card console-share" aria-label="How students join">
        <ClassCode code={view.code} />
        <CopyField label="Student link" value={studentLink(view.code)} buttonLabel="Copy student link" primary stacked hint="Students open it, type their name and are placed in a match." copiedText="Copied. Share it with the class." />
      </section>
      {/* Under the title on a wide screen; after the class code on a narrow one. */}
      <PrivateLink classID={view.classID} token={token} />
    </header>
  );
}
