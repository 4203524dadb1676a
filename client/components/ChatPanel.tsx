// The match chat: messages with the sender's state and name (plain text only), and a form to write.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ChatLine } from '../lib/useMatch';
import { playerLabel, type Roster } from '../lib/roster';
import { isSeat } from '../../game/types';
import { StateMark } from './StateMark';

export interface ChatPanelProps {
  messages: ChatLine[];
  roster: Roster;
  canChat: boolean;
  onSend: (text: string) => void;
}

export function ChatPanel({ messages, roster, canChat, onSend }: ChatPanelProps) {
  const [text, setText] = useState('');
  const uid = useId();
  const listRef = useRef<HTMLOListElement | null>(null);
  useEffect(() => {
    const el = listRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [messages.length]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    onSend(text);
    setText('');
  };
  return (
    <div className="chat">
      {messages.length === 0 ? (
        <p className="muted empty-note">No messages yet. Say hello, or propose a deal.</p>
      ) : (
        <ol className="chat__list" ref={listRef} aria-label="Messages" tabIndex={0}>
          {messages.map((m) => {
            const p = isSeat(m.sender) ? roster[m.sender] : null;
            return (
              <li key={m.id} className={`chat__msg${p?.isYou ? ' chat__msg--mine' : ''}`}>
                {p && <StateMark id={p.state} size="sm" />}
                <div>
                  <p className="chat__who">{p ? `${p.stateName} · ${playerLabel(p)}` : 'Spectator'}</p>
                  <p className="chat__text">{m.text}</p>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {canChat ? (
        <form className="chat__form" onSubmit={submit}>
          <label htmlFor={`${uid}-msg`} className="visually-hidden">Message to the table</label>
          <input id={`${uid}-msg`} className="input" value={text} maxLength={500} onChange={(e) => setText(e.target.value)} placeholder="Write to the table…" autoComplete="off" />
          <button type="submit" className="button">Send</button>
        </form>
      ) : (
        <p className="muted">Only seated players can write here.</p>
      )}
    </div>
  );
}
