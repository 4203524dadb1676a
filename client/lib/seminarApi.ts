// Typed calls to the seminar API (issue 6): creating and running a class with the facilitator's
// token, joining one and finding one's seat with a student's token, and the class exports.
import type {
  ClassExport, ClassOptions, ConsoleView, CreatedClass, JoinedClass, MatchRecord, StudentView, TimeoutAction,
} from '../../game/seminar';
import type { Seat, Track } from '../../game/types';
import type { BotKind } from '../../game/seminar';
import { requestJson, send } from './api';

const BASE = '/seminar';
const CLASS_STATUS: Record<number, string> = {
  401: 'This page needs the facilitator’s private link of the class.',
  403: 'This browser’s key does not open that class.',
  404: 'No such class. Check the code or the link.',
};
const OFFLINE = 'Cannot reach the game server. Check the connection.';
const enc = encodeURIComponent;
const classUrl = (classID: string) => `${BASE}/classes/${enc(classID)}`;

export const createClass = (options: ClassOptions) =>
  requestJson<CreatedClass>('POST', `${BASE}/classes`, { body: options, statusText: CLASS_STATUS, offlineText: OFFLINE });

export const getConsole = (classID: string, token: string) =>
  requestJson<ConsoleView>('GET', classUrl(classID), { token, statusText: CLASS_STATUS, offlineText: OFFLINE });

/** The facilitator's commands, each a POST to /seminar/classes/:id/<name> with its body. */
export interface FacilitatorCommands {
  start: { match?: number };
  pause: { match?: number };
  resume: { match?: number };
  assign: { studentID: string; match: number; seat: Seat };
  seat: { match: number; seat: Seat; bot: BotKind | null };
  inject: { match?: number; eventId: string };
  track: { match: number; track: Track; delta: 1 | -1; reason: string };
  broadcast: { text: string };
  timeout: { onTimeout: TimeoutAction };
  'end-after-round': { match?: number };
  'end-now': { match?: number };
}
export type CommandName = keyof FacilitatorCommands;

export const command = <K extends CommandName>(classID: string, token: string, name: K, body: FacilitatorCommands[K]) =>
  requestJson<unknown>('POST', `${classUrl(classID)}/${name}`, { token, body, statusText: CLASS_STATUS, offlineText: OFFLINE });

export const getMatchRecord = (classID: string, token: string, index: number) =>
  requestJson<{ match: MatchRecord }>('GET', `${classUrl(classID)}/matches/${index}`, { token, statusText: CLASS_STATUS, offlineText: OFFLINE });

export const getExport = (classID: string, token: string) =>
  requestJson<ClassExport>('GET', `${classUrl(classID)}/export.json`, { token, statusText: CLASS_STATUS, offlineText: OFFLINE });

/** An export as a file's content (JSON or CSV), for a download. */
export const getExportBlob = async (classID: string, token: string, kind: 'json' | 'csv'): Promise<Blob> =>
  (await send('GET', `${classUrl(classID)}/export.${kind}`, { token, statusText: CLASS_STATUS, offlineText: OFFLINE })).blob();

export const joinClass = (code: string, name: string) =>
  requestJson<JoinedClass>('POST', `${BASE}/join`, { body: { code, name }, statusText: { 404: 'No class has that code. Check it with your teacher.' }, offlineText: OFFLINE });

export const getStudentView = (classID: string, token: string) =>
  requestJson<StudentView>('GET', `${BASE}/student/${enc(classID)}`, { token, statusText: CLASS_STATUS, offlineText: OFFLINE });
