// The debrief page's controller: the class export fetched with the facilitator's token, each
// match's debrief and the class comparison and prompts computed by game/debrief.ts, and the
// JSON and CSV downloads.
import { useMemo, useState } from 'react';
import { compareStates, debriefMatch, discussionPrompts } from '../../game/debrief';
import type { ClassExport } from '../../game/seminar';
import { ApiError, errorText } from './api';
import { dateStamp, fileSlug, saveBlob } from './download';
import { getExport, getExportBlob } from './seminarApi';
import { useFacilitatorToken } from './useConsole';
import { usePoll } from './usePoll';

const denied = (err: unknown) => err instanceof ApiError && [401, 403, 404].includes(err.status);

export function useDebrief(classID: string) {
  const { token, acceptPrivateLink } = useFacilitatorToken(classID);
  // Loaded once (interval 0); "Refresh" loads it again, e.g. after the last match ends.
  const poll = usePoll<ClassExport>(
    `debrief:${classID}:${token ?? ''}`,
    () => (token ? getExport(classID, token) : Promise.reject(new ApiError('No key.', 401))),
    0,
    denied,
  );
  const exp = poll.data;
  const computed = useMemo(() => {
    if (!exp) return null;
    const matches = exp.matches.map(debriefMatch);
    return { matches, compare: compareStates(matches), prompts: discussionPrompts(matches) };
  }, [exp]);
  const [busy, setBusy] = useState<'json' | 'csv' | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);

  const download = async (kind: 'json' | 'csv') => {
    if (!token) return;
    setBusy(kind);
    setDownloadError(null);
    try {
      const blob = await getExportBlob(classID, token, kind);
      saveBlob(blob, `${fileSlug(exp?.title ?? '')}-${dateStamp(exp?.createdAt)}.${kind}`);
    } catch (err) {
      setDownloadError(errorText(err));
    } finally {
      setBusy(null);
    }
  };

  return {
    token, acceptPrivateLink, exp, ...computed,
    error: poll.error, denied: poll.stopped || !token, refresh: poll.refresh,
    busy, downloadError, download,
  };
}
