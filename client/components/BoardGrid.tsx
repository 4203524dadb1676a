// One board as a table (rules §1): five states × three powers, influence 0–5 as pips and a number,
// the leader's cell highlighted, a crown where a power dominates, and each row balanced or not.
// BoardsPanel lays the four boards out side by side; each heading picks the board the map shows.
import { useId } from 'react';
import { LIMITS } from '../../game/config';
import { POWER_NAME, capitalFirst } from '../../game/names';
import { dominant, leader } from '../../game/board';
import { BOARD_TEXT, POWER_TEXT, STATE_TEXT } from '../../game/glossary';
import type { Board, G, Power, StateId } from '../../game/types';
import { BOARDS, POWERS, STATE_IDS } from '../../game/types';
import '../styles/board.css';

export interface BoardGridProps {
  g: G;
  board: Board;
  /** A state whose row is emphasised (e.g. the one selected on the map). */
  highlight?: StateId | null;
  /** Narrow layout for four boards side by side: state codes, stacked cells. */
  compact?: boolean;
}

const ICON_PATHS: Record<Board, string> = {
  politics: 'M8 1.5 14.5 5.5H1.5zM2.5 6.5h11V8h-11zM3.5 8.8h2v3.8h-2zM7 8.8h2v3.8H7zM10.5 8.8h2v3.8h-2zM1.5 13.3h13v1.7h-13z',
  economics: 'M1.5 13.5h13V15h-13zM2.5 9h2.8v3.8H2.5zM6.6 6h2.8v6.8H6.6zM10.7 2.5h2.8v10.3h-2.8z',
  military: 'M8 1 14 3.3v4.6c0 3.6-2.6 6.1-6 7.3-3.4-1.2-6-3.7-6-7.3V3.3z',
  culture:
    'M1 3.2c2.6-1 5.2-.8 6.4.7v10.2c-1.4-1-3.8-1.2-6.4-.4zM15 3.2c-2.6-1-5.2-.8-6.4.7v10.2c1.4-1 3.8-1.2 6.4-.4z',
};

/** A small emblem for a board, drawn in the current text colour. */
export function BoardIcon({ board, className }: { board: Board; className?: string }) {
  return (
    <svg className={`bg-icon${className ? ` ${className}` : ''}`} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={ICON_PATHS[board]} />
    </svg>
  );
}

/** The crown that marks domination (ui.md: never colour alone). */
export function CrownIcon({ className }: { className?: string }) {
  return (
    <svg className={`bg-crown-icon${className ? ` ${className}` : ''}`} viewBox="0 0 12 10" aria-hidden="true" focusable="false">
      <path d="M.5 9.5V2.6l2.9 2.7L6 .5l2.6 4.8 2.9-2.7v6.9z" />
    </svg>
  );
}

function Pips({ n }: { n: number }) {
  return (
    <span className="bg-pips" aria-hidden="true">
      {Array.from({ length: LIMITS.influenceMax }, (_, i) => (
        <span key={i} className={`bg-pip${i < n ? ' is-on' : ''}`} />
      ))}
    </span>
  );
}

/** One board of the five states, as an accessible table. */
export function BoardGrid({ g, board, highlight = null, compact = false }: BoardGridProps) {
  const title = BOARD_TEXT[board].title;
  return (
    <table className={`bg-table${compact ? ' is-compact' : ''}`}>
      <caption className="bg-caption">
        <BoardIcon board={board} />
        <span>{title}</span>
        <span className="visually-hidden"> board: influence of Russia, China and the EU in each state, 0 to 5.</span>
      </caption>
      <thead>
        <tr>
          <th scope="col" className="bg-corner">
            <span className="visually-hidden">State</span>
          </th>
          {POWERS.map((p) => (
            <th key={p} scope="col" className={`bg-colhead bg-p-${p}`}>
              <span className="bg-swatch" aria-hidden="true" />
              <span aria-hidden="true">{p}</span>
              <span className="visually-hidden">{POWER_TEXT[p].name}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {STATE_IDS.map((id) => {
          const lead = leader(g, id, board);
          const dom = dominant(g, id, board);
          const name = STATE_TEXT[id].name;
          return (
            <tr key={id} className={`bg-row${highlight === id ? ' is-highlight' : ''}${dom ? ' is-dominated' : ''}`}>
              <th scope="row" className="bg-rowhead">
                <span className="bg-state">
                  {compact ? (
                    <>
                      <span className="bg-state-code" aria-hidden="true" title={name}>{id}</span>
                      <span className="bg-state-full" aria-hidden="true">{name}</span>
                      <span className="visually-hidden">{name}</span>
                    </>
                  ) : (
                    name
                  )}
                </span>
                <span className={`bg-tag ${dom ? `is-dom bg-p-${dom}` : 'is-balanced'}`}>
                  {dom ? (
                    <>
                      <CrownIcon />
                      <span aria-hidden="true">{compact ? `${dom} dominates` : `dominated by ${POWER_TEXT[dom].name}`}</span>
                      <span className="visually-hidden">dominated by {POWER_TEXT[dom].name}</span>
                    </>
                  ) : (
                    <>
                      <span className="bg-scale" aria-hidden="true">⚖</span>balanced
                    </>
                  )}
                </span>
              </th>
              {POWERS.map((p: Power) => {
                const n = g.states[id].influence[board][p];
                const isLead = lead === p;
                const isDom = dom === p;
                return (
                  <td key={p} className={`bg-cell bg-p-${p}${isLead ? ' is-lead' : ''}${isDom ? ' is-dom' : ''}${n === 0 ? ' is-zero' : ''}`}>
                    <span className="bg-cell-in" aria-hidden="true">
                      <span className="bg-num">{n}</span>
                      <Pips n={n} />
                      {isDom ? (
                        <span className="bg-mark">
                          <CrownIcon />
                          {!compact && 'dominates'}
                        </span>
                      ) : isLead && !compact ? (
                        <span className="bg-mark">leads</span>
                      ) : null}
                    </span>
                    <span className="visually-hidden">
                      {POWER_TEXT[p].name} {n}
                      {isDom ? ', dominates' : isLead ? ', leads' : ''}
                    </span>
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export interface BoardsPanelProps {
  g: G;
  highlight?: StateId | null;
  /** The board the map shows ('all' when it shows every board). */
  selectedBoard: Board | 'all';
  onSelectBoard?: (b: Board) => void;
}

/** A one-line summary of a board: how many states each power leads, how many are balanced. */
function boardSummary(g: G, board: Board): { leads: Record<Power, number>; balanced: number } {
  const leads: Record<Power, number> = { RU: 0, CN: 0, EU: 0 };
  let balanced = 0;
  for (const id of STATE_IDS) {
    const p = leader(g, id, board);
    if (p) leads[p]++;
    if (!dominant(g, id, board)) balanced++;
  }
  return { leads, balanced };
}

/** The four boards side by side (4 columns on a laptop, 2 on a tablet, 1 on a phone). */
export function BoardsPanel({ g, highlight = null, selectedBoard, onSelectBoard }: BoardsPanelProps) {
  const uid = useId();
  return (
    <div className="bg-panel">
      {BOARDS.map((b) => {
        const on = selectedBoard === b;
        const { leads, balanced } = boardSummary(g, b);
        const sumId = `${uid}-${b}`;
        // Read in words, after the button's name ("Politics: show on map"), not run into it.
        const spoken = `${POWERS.filter((p) => leads[p] > 0).map((p) => `${capitalFirst(POWER_NAME[p])} leads in ${leads[p]}`).join(', ') || 'No power leads'}; ${balanced} of 5 states balanced.`;
        const summary = (
          <span className="bg-sum" aria-hidden={onSelectBoard ? true : undefined}>
            {POWERS.filter((p) => leads[p] > 0).map((p) => (
              <span key={p} className={`bg-sum-lead bg-p-${p}`}>
                <span className="bg-swatch" aria-hidden="true" />
                {p} leads {leads[p]}
              </span>
            ))}
            <span className="bg-sum-bal">{balanced}/5 balanced</span>
          </span>
        );
        return (
          <section key={b} className={`bg-board${on ? ' is-selected' : ''}`} aria-label={`${BOARD_TEXT[b].title} board`}>
            <h3 className="bg-board-head">
              {onSelectBoard ? (
                <button type="button" className="bg-board-btn" aria-pressed={on} aria-label={`${BOARD_TEXT[b].title}: ${on ? 'shown on the map' : 'show on map'}`} aria-describedby={sumId} onClick={() => onSelectBoard(b)}>
                  <span className="bg-board-title">
                    <BoardIcon board={b} />
                    {BOARD_TEXT[b].title}
                  </span>
                  <span className="bg-board-hint">
                    {on ? 'on the map' : 'show on map'}
                  </span>
                  {summary}
                  <span id={sumId} className="visually-hidden">{spoken}</span>
                </button>
              ) : (
                <span className="bg-board-btn is-static">
                  <span className="bg-board-title">
                    <BoardIcon board={b} />
                    {BOARD_TEXT[b].title}
                  </span>
                  {summary}
                </span>
              )}
            </h3>
            <BoardGrid g={g} board={b} highlight={highlight} compact />
          </section>
        );
      })}
    </div>
  );
}
