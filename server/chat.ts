// The chat of every online match, kept beside the match (boardgame.io only relays chat messages):
// a player who reloads or reconnects reads the conversation again, and a seminar facilitator
// reads a class match's chat. Bounded: the last MAX_CHAT_LINES lines, each cut to MAX_CHAT_TEXT.
import type { SqliteStorage } from './storage.js';

export const MAX_CHAT_LINES = 300;
export const MAX_CHAT_TEXT = 500;
const SCOPE = 'chat';

/** A chat line as stored: boardgame.io's message id, the sender's seat, the text, the time. */
export interface StoredChat { id?: string; seat: string; text: string; at: number }

/** Keeps a chat message that boardgame.io publishes (it has checked the sender's credentials). */
export function captureChat(db: SqliteStorage, payload: unknown, now = Date.now()): void {
  const p = payload as { type?: unknown; args?: unknown[] } | null;
  if (p?.type !== 'chat' || !Array.isArray(p.args)) return;
  const [matchID, msg] = p.args as [unknown, { id?: unknown; sender?: unknown; payload?: unknown } | undefined];
  if (typeof matchID !== 'string' || typeof msg?.sender !== 'string' || typeof msg.payload !== 'string') return;
  const text = msg.payload.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  if (!text || !db.has(matchID)) return;
  const lines = db.getExtra<StoredChat[]>(SCOPE, matchID) ?? [];
  const line: StoredChat = { seat: msg.sender.slice(0, 8), text: text.slice(0, MAX_CHAT_TEXT), at: now };
  if (typeof msg.id === 'string') line.id = msg.id.slice(0, 64);
  lines.push(line);
  if (lines.length > MAX_CHAT_LINES) lines.splice(0, lines.length - MAX_CHAT_LINES);
  db.setExtra(SCOPE, matchID, lines);
}

/** The kept chat of a match, oldest first. */
export const chatLines = (db: SqliteStorage, matchID: string): StoredChat[] => db.getExtra<StoredChat[]>(SCOPE, matchID) ?? [];
