// Controller of the action panel: the grouped options, the chosen action and its preview, confirm
// and cancel, and the keyboard shortcuts (c/r court or resist, 1–4 board, r/c/e power, m mediate,
// p pass, Enter confirm, Esc cancel, ? help). Previews come from game/preview.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { suggestMove } from '../../game/bots/hint';
import { previewAction, type Preview } from '../../game/preview';
import { seededRng } from '../../game/rng';
import type { Action, Board, G, Power, Seat } from '../../game/types';
import { BOARDS, stateOf } from '../../game/types';
import { groupActions, type ActionGroups, type ActionOption } from './actionOptions';
import { isTyping } from './keys';
import { letterKeysOn } from './shortcuts';

export type Verb = 'court' | 'resist';

export interface KeyState {
  verb?: Verb;
  board?: Board;
}

export interface ActionPanelController {
  groups: ActionGroups | null;
  selected: ActionOption | null;
  preview: Preview | null;
  keys: KeyState;
  select: (o: ActionOption) => void;
  cancel: () => void;
  confirm: () => void;
  helpOpen: boolean;
  setHelpOpen: (open: boolean) => void;
  /** Where focus goes after a choice: the Confirm button. */
  confirmRef: RefObject<HTMLButtonElement | null>;
  /** The preview box, scrolled into view after a choice. */
  previewRef: RefObject<HTMLDivElement | null>;
  /** The panel's heading: where focus goes when an action leaves nothing better to focus. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Whether this match allows suggested moves. */
  hintsAllowed: boolean;
  /** Picks the medium bot's choice for this seat and explains it in one sentence. */
  suggest: () => void;
  /** The reason of the last suggestion, while it is the chosen action. */
  suggestion: string | null;
}

const POWER_KEYS: Record<string, Power> = { r: 'RU', c: 'CN', e: 'EU' };

/**
 * `active`: it is this seat's turn. `busy`: an action is on its way (no new choice until it lands).
 */
export function useActionPanel(g: G | null, seat: Seat | null, active: boolean, act: (a: Action) => void, busy = false): ActionPanelController {
  const groups = useMemo(() => (g && seat && active ? groupActions(g, seat) : null), [g, seat, active]);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [keys, setKeys] = useState<KeyState>({});
  const [helpOpen, setHelpOpen] = useState(false);
  const [suggestion, setSuggestion] = useState<{ key: string; reason: string } | null>(null);
  const confirmRef = useRef<HTMLButtonElement | null>(null);
  const previewRef = useRef<HTMLDivElement | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  /** An action was just confirmed: once the new state is drawn, focus must be somewhere sensible. */
  const confirmed = useRef(false);

  const selected = useMemo(() => groups?.all.find((o) => o.key === selectedKey) ?? null, [groups, selectedKey]);
  const preview = useMemo(() => (g && seat && selected ? previewAction(g, seat, selected.action) : null), [g, seat, selected]);

  // A new state (an action taken, a turn passed) starts the choice afresh.
  const turnMark = g ? `${g.round}:${g.activeSeat}:${g.actionsLeft}:${g.states[stateOf(g.activeSeat)].tokens.length}` : '';
  useEffect(() => {
    setSelectedKey(null);
    setKeys({});
    setSuggestion(null);
    // After a confirmed action the button it came from may be gone (the turn ended, the free action
    // was used): focus then goes to the panel's heading rather than being lost to the page.
    if (!confirmed.current) return;
    confirmed.current = false;
    requestAnimationFrame(() => {
      const a = document.activeElement;
      if (!a || a === document.body || !a.isConnected) headingRef.current?.focus({ preventScroll: true });
    });
  }, [turnMark]);

  const select = useCallback((o: ActionOption) => {
    returnFocus.current = document.activeElement as HTMLElement | null;
    setSelectedKey(o.key);
    setKeys({});
    // Once drawn: the preview in view, and focus on Confirm so that Enter confirms.
    requestAnimationFrame(() => {
      previewRef.current?.scrollIntoView({ block: 'nearest' });
      if (o.legal) confirmRef.current?.focus({ preventScroll: true });
    });
  }, []);

  const suggest = useCallback(() => {
    if (!g || !seat || !groups || !g.hints) return;
    const hint = suggestMove(g, seat, 'medium', seededRng(turnMark));
    const same = JSON.stringify(hint.action);
    const option = groups.all.find((o) => JSON.stringify(o.action) === same);
    if (!option) return;
    setSuggestion({ key: option.key, reason: hint.reason });
    select(option);
  }, [g, seat, groups, turnMark, select]);

  const cancel = useCallback(() => {
    setSelectedKey(null);
    setKeys({});
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back && document.contains(back)) back.focus();
  }, []);

  const confirm = useCallback(() => {
    if (!selected?.legal || busy) return;
    act(selected.action);
    setSelectedKey(null);
    setKeys({});
    // Confirm goes away with the preview: focus returns to where the choice was made (the action's
    // button), or to the panel's heading.
    confirmed.current = true;
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back && back !== document.body && back.isConnected) back.focus({ preventScroll: true });
    else headingRef.current?.focus({ preventScroll: true });
  }, [act, selected, busy]);

  useEffect(() => {
    if (!active || !groups || busy) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e) || document.querySelector('dialog[open]')) return;
      const k = e.key.toLowerCase();
      if (e.key === 'Escape') {
        if (selectedKey || keys.verb) { e.preventDefault(); cancel(); }
        return;
      }
      if (e.key === 'Enter') {
        const tag = (e.target as HTMLElement | null)?.tagName;
        if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') return; // the focused control's own Enter
        if (selected?.legal) { e.preventDefault(); confirm(); }
        return;
      }
      // The single-key shortcuts below can be turned off in the help (WCAG 2.1.4).
      if (!letterKeysOn()) return;
      if (keys.verb && keys.board && POWER_KEYS[k]) {
        e.preventDefault();
        select(groups[keys.verb][keys.board][POWER_KEYS[k]]);
        return;
      }
      if (keys.verb && /^[1-4]$/.test(k)) {
        e.preventDefault();
        setKeys({ verb: keys.verb, board: BOARDS[Number(k) - 1] });
        return;
      }
      if (k === 'c' || k === 'r') {
        e.preventDefault();
        setSelectedKey(null);
        setKeys({ verb: k === 'c' ? 'court' : 'resist' });
        return;
      }
      if (k === 'm') { e.preventDefault(); select(groups.mediate); return; }
      if (k === 'p') { e.preventDefault(); select(groups.pass); return; }
      if (k === 'h' && g?.hints) { e.preventDefault(); suggest(); return; }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, groups, busy, keys, selected, selectedKey, select, cancel, confirm, suggest, g]);

  // "?" opens the help at any time, on anyone's turn.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isTyping(e) && e.key === '?' && letterKeysOn() && !document.querySelector('dialog[open]')) {
        e.preventDefault();
        setHelpOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const hintsAllowed = !!g?.hints;
  const shownSuggestion = suggestion && suggestion.key === selectedKey ? suggestion.reason : null;
  return { groups, selected, preview, keys, select, cancel, confirm, helpOpen, setHelpOpen, confirmRef, previewRef, headingRef, hintsAllowed, suggest, suggestion: shownSuggestion };
}
