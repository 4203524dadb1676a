// While it is this player's turn, the tab's title says so: a player who went to another tab while
// friends were moving sees it from there. The title goes back when the turn passes.
import { useEffect } from 'react';

export const TURN_TITLE_MARK = '▶ Your turn · ';

export function useTurnTitle(myTurn: boolean): void {
  useEffect(() => {
    if (!myTurn) return;
    const base = document.title;
    const marked = `${TURN_TITLE_MARK}${base}`;
    document.title = marked;
    return () => {
      // Leave a title another page has set since alone.
      if (document.title === marked) document.title = base;
    };
  }, [myTurn]);
}
