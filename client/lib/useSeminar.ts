// Controllers of the seminar's simple screens: creating a class, joining one as a student, and a
// student's place (polled until the facilitator starts the match, then off to the match).
import { useEffect } from 'react';
import type { ClassOptions, StudentView } from '../../game/seminar';
import { ApiError } from './api';
import { navigate, paths } from './router';
import { saveSeat, rememberName } from './seats';
import { createClass, getStudentView, joinClass } from './seminarApi';
import { getJoined, saveJoined, saveRunClass } from './seminarStore';
import { useTask } from './useLobbyActions';
import { usePoll } from './usePoll';

/** Creates a class, keeps its facilitator token in this browser and opens its console. */
export function useCreateClass() {
  const t = useTask();
  const create = (options: ClassOptions) =>
    t.run(async () => {
      const c = await createClass(options);
      saveRunClass({ classID: c.classID, title: options.title, code: c.code, token: c.facilitatorToken, createdAt: Date.now() });
      navigate(paths.seminarConsole(c.classID));
    });
  return { busy: t.busy, error: t.error, create };
}

/** Joins a class with its code and a display name, then shows the student's place. */
export function useJoinClass() {
  const t = useTask();
  const join = (code: string, name: string) =>
    t.run(async () => {
      const j = await joinClass(code, name);
      saveJoined({ classID: j.classID, studentID: j.studentID, token: j.studentToken, name, title: '', joinedAt: Date.now() });
      rememberName(name);
      navigate(paths.classPlace(j.classID));
    });
  return { busy: t.busy, error: t.error, join, setError: t.setError };
}

const gone = (err: unknown) => err instanceof ApiError && (err.status === 401 || err.status === 403 || err.status === 404);

/**
 * A student's place in a class, polled every 2 s. When the facilitator starts the student's match,
 * the seat is kept like any online seat (lib/seats.ts: the match route and a reload find it) and
 * the student is sent to the match.
 */
export function useStudentPlace(classID: string) {
  const me = getJoined(classID);
  const poll = usePoll<StudentView>(
    `student:${classID}:${me?.token ?? ''}`,
    () => (me ? getStudentView(classID, me.token) : Promise.reject(new ApiError('This browser has not joined that class.', 401))),
    2000,
    gone,
  );
  const view = me ? poll.data : null;
  useEffect(() => {
    if (!me || !view) return;
    const seat = view.seat;
    const first = !!seat?.started && me.sentTo !== seat.matchID;
    if (view.title !== me.title || seat?.matchID !== me.matchID || first) {
      saveJoined({ ...me, title: view.title, matchID: seat?.matchID, sentTo: first ? seat?.matchID : me.sentTo });
    }
    if (!seat?.started) return;
    saveSeat({ matchID: seat.matchID, playerID: seat.playerID, credentials: seat.credentials, name: view.name });
    // Into the match the first time it starts; a student who comes back here chooses to go again.
    if (first) navigate(paths.match(seat.matchID));
  }, [view]);

  return { me, view, error: me ? poll.error : null, lost: poll.stopped, refresh: poll.refresh };
}
