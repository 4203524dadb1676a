// Seminar classes as stored in the kv table (issue 6): the class record (options, matches,
// students, broadcasts), the code index, interventions and chat per match, and the secrets.
// Tokens are kept only as SHA-256 hashes and compared in constant time.
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type { ChatLine, ClassOptions, MatchRecord } from '../game/seminar.js';
import type { Seat } from '../game/types.js';
import { chatLines } from './chat.js';
import { MAX_NAME } from './lobby.js';
import type { SqliteStorage } from './storage.js';

/** Class codes avoid characters that read alike (0/O, 1/I/L). */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;
export const MAX_BROADCASTS = 100;

const CLASS = 'class';
const CODE = 'class-code';
const INTERVENTIONS = 'interventions';

export interface StudentRecord {
  studentID: string;
  name: string;
  tokenHash: string;
  match: number | null;
  seat: Seat | null;
  joinedAt: number;
}

export interface ClassMatch { matchID: string; label: string }

export interface ClassRecord {
  classID: string;
  code: string;
  tokenHash: string;
  options: ClassOptions;
  createdAt: number;
  matches: ClassMatch[];
  students: StudentRecord[];
  broadcasts: { text: string; at: number }[];
}

export type Intervention = MatchRecord['interventions'][number];

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Does a presented token match a stored hash (constant time). */
export function tokenMatches(token: string, hash: string): boolean {
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A code typed by a student, normalised: upper case, without spaces or dashes. */
export const normaliseCode = (raw: string): string => raw.replace(/[\s-]+/g, '').toUpperCase();

const randomCode = (): string => Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

/** A seat's player name: the names of the students sharing it, cut to the lobby's limit. */
export const teamName = (names: string[]): string => {
  const joined = names.join(' & ');
  return joined.length <= MAX_NAME ? joined : `${joined.slice(0, MAX_NAME - 1)}…`;
};

/** The class records and their satellites in the kv table. Every read is fresh from SQLite. */
export class ClassStore {
  private locks = new Map<string, Promise<unknown>>();

  constructor(private readonly db: SqliteStorage) {}

  get(classID: string): ClassRecord | undefined {
    return typeof classID === 'string' && classID.length <= 64 ? this.db.getExtra<ClassRecord>(CLASS, classID) : undefined;
  }

  put(cls: ClassRecord): void {
    this.db.setExtra(CLASS, cls.classID, cls);
  }

  /** Reads, changes and writes a class record in one synchronous step (no await can interleave). */
  update(classID: string, fn: (cls: ClassRecord) => void): ClassRecord {
    const cls = this.get(classID);
    if (!cls) throw new Error(`no class ${classID}`);
    fn(cls);
    this.put(cls);
    return cls;
  }

  all(): ClassRecord[] {
    return this.db.listExtra<ClassRecord>(CLASS).map(([, cls]) => cls);
  }

  /** A fresh code no stored class uses, registered for the class. */
  claimCode(classID: string): string {
    for (;;) {
      const code = randomCode();
      if (this.db.getExtra<string>(CODE, code) === undefined) {
        this.db.setExtra(CODE, code, classID);
        return code;
      }
    }
  }

  byCode(raw: string): ClassRecord | undefined {
    const id = this.db.getExtra<string>(CODE, normaliseCode(raw));
    return id === undefined ? undefined : this.get(id);
  }

  remove(cls: ClassRecord): void {
    this.db.deleteExtra(CLASS, cls.classID);
    this.db.deleteExtra(CODE, cls.code);
  }

  /** Runs class changes one after another (joins, assignments, starts never interleave). */
  lock<T>(classID: string, task: () => Promise<T>): Promise<T> {
    const prev = this.locks.get(classID) ?? Promise.resolve();
    const run = prev.then(task, task);
    const tail = run.catch(() => {});
    this.locks.set(classID, tail);
    void tail.then(() => { if (this.locks.get(classID) === tail) this.locks.delete(classID); });
    return run;
  }

  interventions(matchID: string): Intervention[] {
    return this.db.getExtra<Intervention[]>(INTERVENTIONS, matchID) ?? [];
  }

  /** Records a control change with the number of moves made before it (its place in a replay). */
  addIntervention(matchID: string, kind: string, detail: unknown, at: number): void {
    const list = this.interventions(matchID);
    list.push({ afterMove: this.db.countMoves(matchID), kind, detail, at });
    this.db.setExtra(INTERVENTIONS, matchID, list);
  }

  /** A class match's chat as the facilitator reads it (kept for every match by server/chat.ts). */
  chat(matchID: string, nameOf: (seat: string) => string): ChatLine[] {
    return chatLines(this.db, matchID).map(({ seat, text, at }) => ({ seat, name: nameOf(seat), text, at }));
  }
}
