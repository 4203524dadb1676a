// The guide's settings for this browser (lib/guide.ts) and the tip to show now.
import { useCallback, useMemo, useState } from 'react';
import { loadGuide, nextTip, readBy, saveGuide, withRead, type GuideContext, type GuideSettings, type GuideTip } from './guide';

export interface GuideController {
  on: boolean;
  /** The tip to show now, or null (guide off, nothing new to say, or no seat). */
  tip: GuideTip | null;
  /** Marks the shown tip read; returns the tip that follows it now, if any. */
  read: () => GuideTip | null;
  turnOff: () => void;
  /** Turns the guide on again, from its first tip. */
  turnOn: () => void;
}

/**
 * `context` is null for a viewer the guide has nothing for (a spectator). `shared`: several people
 * pass this device round (solo), so each seat's person reads the tips for themselves.
 */
export function useGuide(context: GuideContext | null, shared = false): GuideController {
  const [settings, setSettings] = useState<GuideSettings>(loadGuide);
  const update = useCallback((s: GuideSettings) => {
    setSettings(s);
    saveGuide(s);
  }, []);
  const reader = shared && context ? context.seat : null;
  const read = readBy(settings, reader);
  const readSet = useMemo(() => new Set(read), [read]);
  const tip = settings.on && context ? nextTip(context, readSet) : null;
  return {
    on: settings.on,
    tip,
    read: () => {
      if (!tip || !context) return null;
      const next = withRead(settings, reader, tip.id);
      update(next);
      return nextTip(context, new Set(readBy(next, reader)));
    },
    turnOff: () => update({ ...settings, on: false }),
    turnOn: () => update({ on: true, read: [] }),
  };
}
