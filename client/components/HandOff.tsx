// Several people on one device (solo, pass and play): before a person's turn is shown, a screen
// that asks to hand the device over. It shows nothing secret; the view behind it shows that seat's
// agenda and free actions.
import type { G } from '../../game/types';
import { YEAR_OF_ROUND } from '../../game/texts';
import { paths } from '../lib/router';
import type { SeatPlayer } from '../lib/roster';
import { Link } from './Link';
import { StateMark } from './StateMark';

export function HandOff({ g, who, onReady }: { g: G; who: SeatPlayer; onReady: () => void }) {
  return (
    <main id="main" tabIndex={-1} className="page page--narrow handoff">
      <p className="breadcrumb handoff__home"><Link href={paths.home}>Home</Link></p>
      <section className="card handoff__card" aria-labelledby="handoff-h">
        <StateMark id={who.state} size="lg" />
        <p className="handoff__kicker">{YEAR_OF_ROUND(g.round)} · round {g.round} of {g.rounds}</p>
        <h1 id="handoff-h" className="handoff__title">Pass the device to <span className="nowrap">{who.name || 'the next player'}</span></h1>
        <p>It is <strong>{who.stateName}</strong>’s turn. What comes next is for that player’s eyes only: their secret agenda and free actions.</p>
        <button type="button" className="button button--primary button--large" onClick={onReady} autoFocus>
          I play {who.stateName}: show my turn
        </button>
      </section>
    </main>
  );
}
