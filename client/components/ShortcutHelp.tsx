// The "?" help, in a modal dialog: the guide's switch, the colours, the turn chime (online) and the
// keyboard shortcuts of the action panel (which can be turned off).
import { setLetterKeysOn, useLetterKeysOn } from '../lib/shortcuts';
import { setChimeOn, useChimeOn } from '../lib/sound';
import { Dialog } from './Dialog';
import { ThemeSwitch } from './ThemeSwitch';

const KEYS: [string, string][] = [
  ['c', 'Court a power: then a board (1–4), then a power'],
  ['r', 'Resist a power: then a board (1–4), then a power'],
  ['1 – 4', 'Board: 1 politics, 2 economics, 3 military, 4 culture'],
  ['r / c / e', 'After a board: Russia, China or the EU'],
  ['m', 'Mediate (SCO)'],
  ['p', 'Pass'],
  ['h', 'Suggest a move (when hints are on)'],
  ['Enter', 'Confirm the chosen action'],
  ['Esc', 'Cancel'],
  ['?', 'This help'],
];

/** The guide's state and the button that turns it on (from its first tip) or off. */
export interface GuideSwitch {
  on: boolean;
  toggle: () => void;
}

export function ShortcutHelp({ open, onClose, guide, chime }: { open: boolean; onClose: () => void; guide?: GuideSwitch; chime?: boolean }) {
  const chimeOn = useChimeOn();
  const lettersOn = useLetterKeysOn();
  return (
    <Dialog open={open} onClose={onClose} title="Help">
      {guide && (
        <div className="dialog__section dialog__section--first">
          <h3 className="small-heading">The guide</h3>
          <p>
            {guide.on
              ? 'Short tips walk you through the match, each when it becomes useful.'
              : 'The guide is off. Turned on, it starts again from its first tip.'}
          </p>
          <button type="button" className="button button--small" onClick={guide.toggle}>
            {guide.on ? 'Turn off the guide' : 'Turn on the guide'}
          </button>
        </div>
      )}
      <div className="dialog__colours">
        <ThemeSwitch />
        {chime && (
          <label className="choice choice--row dialog__chime">
            <input type="checkbox" checked={chimeOn} onChange={(e) => setChimeOn(e.target.checked)} />
            <span>A chime when your turn comes</span>
          </label>
        )}
      </div>
      <h3 className="small-heading">Keyboard shortcuts</h3>
      <p>On your turn you can play without the mouse. For example <kbd>c</kbd> <kbd>2</kbd> <kbd>c</kbd> <kbd>Enter</kbd> courts China on economics.</p>
      <label className="choice choice--row">
        <input type="checkbox" checked={lettersOn} onChange={(e) => setLetterKeysOn(e.target.checked)} />
        <span>Letter and number keys as shortcuts</span>
      </label>
      <p className="muted small">
        With a screen reader, switch to focus mode (NVDA: NVDA+Space; JAWS: Insert+Z) to use them, or turn
        them off here if they get in the way of the reader's own keys or of speech input. Tab, Enter and Esc always work.
      </p>
      <table className="shortcut-table">
        <thead><tr><th scope="col">Key</th><th scope="col">What it does</th></tr></thead>
        <tbody>
          {KEYS.map(([k, what]) => (
            <tr key={k}><td><kbd>{k}</kbd></td><td>{what}</td></tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Tab moves between buttons; Enter or Space chooses one. An action that is not possible now can still be chosen, to read why.</p>
    </Dialog>
  );
}
