// The head of the facilitator's console: the class's title and set-up, the big class code and the
// student link to share (both with copy buttons), the private facilitator link (folded away, with
// a warning, as the console is often on a projector) and the way to the debrief.
import type { ConsoleView } from '../../game/seminar';
import { SCENARIO_TEXT } from '../../game/texts';
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

export function ConsoleHeader({ view, token }: { view: ConsoleView; token: string }) {
  return (
    <header className="console-head">
      <div className="console-head__title">
        <p className="kicker">Class console</p>
        <h1 className="page-title">{view.options.title}</h1>
        <p className="muted">{setupText(view)}</p>
        <p className="button-row console-head__links">
          <Link href={paths.seminarDebrief(view.classID)} className="button">Debrief</Link>
        </p>
      </div>
      <section className="card console-share" aria-label="How students join">
        <ClassCode code={view.code} />
        <CopyField label="Student link" value={studentLink(view.code)} buttonLabel="Copy student link" primary stacked hint="Students open it, type their name and are placed in a match." copiedText="Copied. Share it with the class." />
        <details className="private-link">
          <summary>Your private facilitator link</summary>
          <p className="notice notice--warn private-link__warn">
            Anyone with this link can run this class. Keep it private — do not project it or post it. Use it to open the console on another device.
          </p>
          <CopyField label="Private facilitator link" value={facilitatorLink(view.classID, token)} buttonLabel="Copy private link" copiedText="Copied. Keep it somewhere safe." />
        </details>
      </section>
    </header>
  );
}
