// Media queries as React state: the phone layout and the reduced-motion preference.
import { useSyncExternalStore } from 'react';

export function useMedia(query: string): boolean {
  return useSyncExternalStore(
    (cb) => {
      const m = window.matchMedia(query);
      m.addEventListener('change', cb);
      return () => m.removeEventListener('change', cb);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** The one-column layout of ui.md (phones, narrow windows). */
export const PHONE_QUERY = '(max-width: 900px)';
export const useIsPhone = (): boolean => useMedia(PHONE_QUERY);
export const useReducedMotion = (): boolean => useMedia('(prefers-reduced-motion: reduce)');
