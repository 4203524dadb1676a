// Your actions: every candidate action grouped, the impossible ones greyed (still focusable) with
// the reason from game/, a preview of the chosen one, and Confirm. On others' turns, whose turn it is.
import { useId, useState, type ReactNode } from 'react';
import { ACTION_TEXT, TOKEN_TEXT } from '../../game/texts';
import type { Change } from '../../game/preview';
import type { Board, Power } from '../../game/types';
import { BOARDS, POWERS } from '../../game/types';
import type { ActionOption } from '../lib/actionOptions';
import { BoardTitle, PowerTitle } from '../lib/actionText';
import type { Recap } from '../lib/recap';
import type { ActionPanelController } from '../lib/useActionPanel';
import { BoardIcon } from './BoardGrid';
import { RecapCard } from './RecapCard';
import { ShortcutHelp, type GuideSwitch } from './ShortcutHelp';

export interface ActionPanelProps {
  ctrl: ActionPanelController;
  isMyTurn: boolean;
  actionsLeft: number;
  /** Shown instead of the actions when it is not your turn. */
  waiting: ReactNode;
  pending: boolean;
  /** The guide's switch, offered in the help dialog. */
  guide?: GuideSwitch;
  /** Whether the help dialog offers the turn chime's switch (matches with other people). */
  chime?: boolean;
  /** What happened since this seat's last turn, shown at the top of its turn. */
  recap?: Recap | null;
}

interface ButtonProps {
  o: ActionOption;
  selected: boolean;
  onSelect: (o: ActionOption) => void;
  onHint: (o: ActionOption | null) => void;
  children?: ReactNode;
  className?: string;
  /** Visible text shorter than the accessible name. */
  short?: boolean;
}

function ActionButton({ o, selected, onSelect, onHint, children, className = '', short = false }: ButtonProps) {
  const rid = useId();
  return (
    <>
      <button
        type="button"
        className={`action-btn ${o.legal ? 'is-legal' : 'is-illegal'}${selected ? ' is-selected' : ''} ${className}`}
        aria-disabled={o.legal ? undefined : true}
        // Choosing opens the preview: not a toggle. The chosen one is marked as current.
        aria-current={selected ? 'true' : undefined}
        aria-label={short ? o.label : undefined}
        aria-describedby={o.reason ? rid : undefined}
        onClick={() => onSelect(o)}
        onFocus={() => onHint(o)}
        onMouseEnter={() => onHint(o)}
        onMouseLeave={() => onHint(null)}
        onBlur={() => onHint(null)}
      >
        {children ?? o.label}
      </button>
      {o.reason && <span id={rid} className="visually-hidden">{o.reason}</span>}
    </>
  );
}

/** A preview line as a sentence: with its full stop. */
const sentence = (line: string): string => (/[.!?]$/.test(line) ? line : `${line}.`);

/** How a preview line reads: good, bad or plain for this state. */
function tone(c: Change | undefined): string {
  if (!c) return 'plain';
  if (c.kind === 'track' && c.track === 'tension') return c.delta > 0 ? 'bad' : 'good';
  if (c.kind === 'blame') return 'bad';
  if (c.kind === 'resource') return (c.resource === 'debt' ? -c.delta : c.delta) > 0 ? 'good' : 'bad';
  return 'plain';
}

function Matrix({ ctrl, onHint }: { ctrl: ActionPanelController; onHint: (o: ActionOption | null) => void }) {
  const g = ctrl.groups!;
  const cell = (verb: 'court' | 'resist', b: Board, p: Power) => {
    const o = g[verb][b][p];
    const pressedKey = ctrl.keys.verb === verb && ctrl.keys.board === b;
    return (
      <td key={`${verb}-${p}`} className={pressedKey ? 'is-keyed' : undefined}>
        <ActionButton o={o} selected={ctrl.selected?.key === o.key} onSelect={ctrl.select} onHint={onHint} short className={`action-btn--cell action-btn--${p}`}>
          <span className="action-btn__full">{PowerTitle[p]}</span>
          <span className="action-btn__code">{p}</span>
        </ActionButton>
      </td>
    );
  };
  return (
    <table className="action-matrix">
      <caption className="visually-hidden">Court or resist a power on one of your boards</caption>
      <thead>
        <tr>
          <td />
          <th scope="colgroup" colSpan={3} className={ctrl.keys.verb === 'court' ? 'is-keyed' : undefined}>
            Court <span className="muted">· invite in</span>
          </th>
          <th scope="colgroup" colSpan={3} className={`action-matrix__resist${ctrl.keys.verb === 'resist' ? ' is-keyed' : ''}`}>
            Resist <span className="muted">· push back</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {BOARDS.map((b, i) => (
          <tr key={b}>
            <th scope="row" className={ctrl.keys.board === b ? 'is-keyed' : undefined}>
              <kbd className="key-hint" aria-hidden="true">{i + 1}</kbd>
              {/* On a phone the icon and three letters leave each button 44 px; the full name is still read. */}
              <BoardIcon board={b} className="action-matrix__icon" />
              <span className="action-matrix__board">{BoardTitle[b]}</span>
              <span className="action-matrix__abbr" aria-hidden="true">{BoardTitle[b].slice(0, 3)}</span>
            </th>
            {POWERS.map((p) => cell('court', b, p))}
            {POWERS.map((p) => cell('resist', b, p))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function KeyPrompt({ ctrl }: { ctrl: ActionPanelController }) {
  const { verb, board } = ctrl.keys;
  if (!verb) return null;
  return (
    <p className="key-prompt" role="status">
      <strong>{verb === 'court' ? 'Court' : 'Resist'}</strong>
      {board ? <> on <strong>{board}</strong>: press <kbd>r</kbd> Russia, <kbd>c</kbd> China or <kbd>e</kbd> EU</> : <>: press <kbd>1</kbd>–<kbd>4</kbd> for the board</>}
      {' '}· <kbd>Esc</kbd> to cancel
    </p>
  );
}

function PreviewBox({ ctrl, pending, hint }: { ctrl: ActionPanelController; pending: boolean; hint: ActionOption | null }) {
  const { selected, preview } = ctrl;
  const linesId = useId();
  if (pending) return <div className="preview preview--pending" role="status" ref={ctrl.previewRef}>Sending your action…</div>;
  if (!selected || !preview) {
    return (
      <div className="preview preview--empty" aria-hidden={hint ? true : undefined} ref={ctrl.previewRef}>
        {hint ? (
          <p>{hint.legal ? <><strong>{hint.label}</strong>: choose it to see what it does.</> : <><strong>{hint.label}</strong> is not possible now: {hint.reason}</>}</p>
        ) : (
          <p>Choose an action to see what it will do before you confirm it. Hatched ones are not possible now; choose one to read why.</p>
        )}
      </div>
    );
  }
  return (
    // Focus goes to Confirm, which is named after the action and described by the preview's lines:
    // a screen reader reads what the action will do where the player is about to confirm it.
    <div className={`preview${preview.legal ? '' : ' preview--illegal'}`} data-guide="preview" ref={ctrl.previewRef}>
      <h3 className="preview__title">{selected.label}</h3>
      {preview.legal ? (
        <>
          {/* The lines as sentences for Confirm's description (the list's markers are not read). */}
          <p id={linesId} className="visually-hidden">{preview.lines.map(sentence).join(' ')}</p>
          <ul className="preview__lines">
            {preview.lines.map((line, i) => (
              <li key={i} className={`tone-${tone(preview.changes[i])}`}>{line}</li>
            ))}
          </ul>
          <div className="preview__buttons">
            <button type="button" ref={ctrl.confirmRef} className="button button--primary" onClick={ctrl.confirm} aria-label={`Confirm: ${selected.label}`} aria-describedby={linesId}>
              Confirm<kbd className="key-hint key-hint--on-dark" aria-hidden="true">Enter</kbd>
            </button>
            <button type="button" className="button" onClick={ctrl.cancel}>Cancel</button>
          </div>
        </>
      ) : (
        <>
          <p className="preview__reason"><strong>Not possible now:</strong> {preview.reason}</p>
          <div className="preview__buttons">
            <button type="button" className="button" onClick={ctrl.cancel}>Cancel</button>
          </div>
        </>
      )}
    </div>
  );
}

export function ActionPanel({ ctrl, isMyTurn, actionsLeft, waiting, pending, guide, chime, recap }: ActionPanelProps) {
  const uid = useId();
  const [hint, setHint] = useState<ActionOption | null>(null);
  const g = ctrl.groups;
  const pick = (o: ActionOption, children?: ReactNode) => (
    <ActionButton key={o.key} o={o} selected={ctrl.selected?.key === o.key} onSelect={ctrl.select} onHint={setHint}>{children}</ActionButton>
  );
  const legalFirst = (list: ActionOption[]) => [...list].sort((a, b) => Number(b.legal) - Number(a.legal));

  return (
    <section className="card action-panel" data-guide="actions" aria-labelledby={`${uid}-h`}>
      <header className="action-panel__head">
        <h2 id={`${uid}-h`} ref={ctrl.headingRef} tabIndex={-1}>Your actions</h2>
        {isMyTurn && <p className="action-panel__left"><span className="num">{actionsLeft}</span> left</p>}
        <button type="button" className="icon-button" aria-haspopup="dialog" onClick={() => ctrl.setHelpOpen(true)} aria-label="Keyboard shortcuts and help">?</button>
      </header>
      <ShortcutHelp open={ctrl.helpOpen} onClose={() => ctrl.setHelpOpen(false)} guide={guide} chime={chime} />

      {!isMyTurn || !g ? (
        <div className="action-panel__wait">{waiting}</div>
      ) : (
        <div className="action-panel__body">
          {recap && <RecapCard recap={recap} />}
          {ctrl.hintsAllowed && (
            <div className="action-panel__hint">
              <button type="button" className="button button--small" onClick={ctrl.suggest} aria-keyshortcuts="h">Suggest a move</button>
              {ctrl.suggestion && <p className="action-panel__hint-text" role="status"><strong>Suggestion:</strong> {ctrl.suggestion}</p>}
            </div>
          )}
          <KeyPrompt ctrl={ctrl} />
          <Matrix ctrl={ctrl} onHint={setHint} />

          <div className="action-groups">
            <div className="action-group">
              <h3 className="small-heading" title={ACTION_TEXT.join.summary}>Institutions</h3>
              <div className="action-group__buttons">{legalFirst(g.institutions).map((o) => pick(o))}</div>
            </div>
            <div className="action-group">
              <h3 className="small-heading" title={ACTION_TEXT.hostBase.summary}>Bases</h3>
              <div className="action-group__buttons">{legalFirst(g.bases).map((o) => pick(o))}</div>
            </div>
            <div className="action-group">
              <h3 className="small-heading" title={ACTION_TEXT.mediate.summary}>Mediate</h3>
              <div className="action-group__buttons">{pick(g.mediate)}</div>
            </div>
            {g.tokens.length > 0 && (
              <div className="action-group action-group--tokens">
                <h3 className="small-heading">Free actions</h3>
                {g.tokens.map((t) => (
                  <div key={t.tokenId} className="token-group">
                    <p className="token-group__text">{Object.hasOwn(TOKEN_TEXT, t.kind) ? TOKEN_TEXT[t.kind] : t.kind}</p>
                    {t.chooses ? (
                      <div className="token-grid">
                        {BOARDS.map((b) => (
                          <div key={b} className="token-grid__row">
                            <span className="token-grid__board">{BoardTitle[b]}</span>
                            {t.options.filter((o) => o.action.type === 'useToken' && o.action.board === b).map((o) => (
                              <ActionButton key={o.key} o={o} selected={ctrl.selected?.key === o.key} onSelect={ctrl.select} onHint={setHint} short className="action-btn--cell">
                                {o.action.type === 'useToken' && o.action.power}
                              </ActionButton>
                            ))}
                          </div>
                        ))}
                      </div>
                    ) : (
                      <div className="action-group__buttons">{t.options.map((o) => pick(o))}</div>
                    )}
                  </div>
                ))}
              </div>
            )}
            <div className="action-group action-group--pass">
              <h3 className="visually-hidden">End your turn</h3>
              <div className="action-group__buttons">{pick(g.pass)}</div>
            </div>
          </div>

          <PreviewBox ctrl={ctrl} pending={pending} hint={hint} />
        </div>
      )}
    </section>
  );
}
