// The facilitator console's controller: the class's live view polled every 2 s (the last one stays
// on screen when a poll fails), the server clock's offset for the turn timers, the facilitator's
// commands with their outcome shown where they were given, and the full record of an opened match.
import { useCallback, useEffect, useState } from 'react';
import type { ConsoleView, MatchRecord } from '../../game/seminar';
import { ApiError, errorText } from './api';
import { offsetFrom } from './clock';
import { command, getConsole, getMatchRecord, type CommandName, type FacilitatorCommands } from './seminarApi';
import { getRunClass, readPrivateLink, saveRunClass, takeKeyFromHash } from './seminarStore';
import { usePoll } from './usePoll';

/** What a command said, shown next to the control that gave it ("where" names that place). */
export interface Feedback { where: string; text: string; ok: boolean }

const denied = (err: unknown) => err instanceof ApiError && [401, 403, 404].includes(err.status);

/** The facilitator token of a class: from a private link just opened, or kept by this browser. */
export function useFacilitatorToken(classID: string) {
  const [token, setToken] = useState<string | null>(() => takeKeyFromHash(classID) ?? getRunClass(classID)?.token ?? null);
  /** Takes a pasted private link; returns an error sentence or null. */
  const acceptPrivateLink = (raw: string): string | null => {
    const p = readPrivateLink(raw, classID);
    if ('error' in p) return p.error;
    saveRunClass({ ...(getRunClass(classID) ?? { title: '', code: '', createdAt: Date.now() }), classID, token: p.token });
    setToken(p.token);
    return null;
  };
  return { token, acceptPrivateLink };
}

export function useConsole(classID: string) {
  const { token, acceptPrivateLink } = useFacilitatorToken(classID);
  const poll = usePoll<{ view: ConsoleView; offset: number }>(
    `console:${classID}:${token ?? ''}`,
    async () => {
      if (!token) throw new ApiError('This browser does not hold the key of this class.', 401);
      const sentAt = Date.now();
      const view = await getConsole(classID, token);
      return { view, offset: offsetFrom(view.now, sentAt, Date.now()) };
    },
    2000,
    denied,
  );
  const view = poll.data?.view ?? null;
  const [busy, setBusy] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  // Keep this browser's list of classes up to date (a class opened from its private link has no title yet).
  useEffect(() => {
    const known = getRunClass(classID);
    if (view && known && (known.code !== view.code || known.title !== view.options.title)) {
      saveRunClass({ ...known, code: view.code, title: view.options.title, createdAt: view.createdAt });
    }
  }, [classID, view?.code, view?.options.title]);

  /** Sends a command; `where` is the place its outcome is shown, `done` the sentence on success. */
  const run = useCallback(async <K extends CommandName>(where: string, name: K, body: FacilitatorCommands[K], done: string): Promise<boolean> => {
    if (!token) return false;
    setBusy(where);
    setFeedback(null);
    try {
      await command(classID, token, name, body);
      setFeedback({ where, text: done, ok: true });
      await poll.refresh();
      return true;
    } catch (err) {
      setFeedback({ where, text: errorText(err), ok: false });
      return false;
    } finally {
      setBusy(null);
    }
  }, [classID, token, poll.refresh]);

  return {
    token,
    acceptPrivateLink,
    view,
    offset: poll.data?.offset ?? 0,
    /** The last poll failed (the view shown may be a few seconds old). */
    error: poll.error,
    /** The class refuses this browser, or does not exist: polling stopped. */
    denied: poll.stopped,
    busy,
    feedback,
    run,
    dismissFeedback: () => setFeedback(null),
  };
}

export type ConsoleController = ReturnType<typeof useConsole>;

/** The full record of one match (all agendas, chat, moves), polled every 3 s while it is open. */
export function useMatchRecord(classID: string, token: string | null, index: number | null) {
  const poll = usePoll<MatchRecord | null>(
    `record:${classID}:${index ?? '-'}`,
    async () => (index === null || !token ? null : (await getMatchRecord(classID, token, index)).match),
    index === null ? 0 : 3000,
    denied,
  );
  return { record: poll.data, error: poll.error };
}
