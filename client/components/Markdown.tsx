// A small Markdown renderer for the player's guide (docs/rules.md): headings, paragraphs, lists,
// tables, quotes, rules, bold, italics and code, built as React elements (no raw HTML is ever
// injected). Enough for our own documents, not a general Markdown engine.
import { Fragment, type ReactNode } from 'react';

export type Block =
  | { kind: 'heading'; level: number; text: string; id: string }
  | { kind: 'para'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][] }
  | { kind: 'quote'; lines: string[] }
  | { kind: 'rule' };

export const slug = (s: string): string =>
  s.toLowerCase().replace(/[*`]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

const cells = (line: string): string[] => line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());

/** Splits Markdown text into blocks. */
export function parseBlocks(src: string): Block[] {
  const lines = src.replace(/<!--[\s\S]*?-->/g, '').split('\n');
  const out: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) { i++; continue; }
    const h = line.match(/^(#{1,6})\s+(.*)$/);
    if (h) { out.push({ kind: 'heading', level: h[1].length, text: h[2].trim(), id: slug(h[2]) }); i++; continue; }
    if (/^-{3,}\s*$/.test(line)) { out.push({ kind: 'rule' }); i++; continue; }
    if (line.trim().startsWith('|')) {
      const rows: string[][] = [];
      while (i < lines.length && lines[i].trim().startsWith('|')) { rows.push(cells(lines[i])); i++; }
      const body = rows.slice(1).filter((r) => !r.every((c) => /^:?-+:?$/.test(c)));
      out.push({ kind: 'table', head: rows[0], rows: body });
      continue;
    }
    if (line.startsWith('>')) {
      const q: string[] = [];
      while (i < lines.length && lines[i].startsWith('>')) { q.push(lines[i].replace(/^>\s?/, '')); i++; }
      out.push({ kind: 'quote', lines: q });
      continue;
    }
    const li = line.match(/^(\s*)([-*]|\d+\.)\s+(.*)$/);
    if (li) {
      const ordered = /\d/.test(li[2]);
      const items: string[] = [];
      while (i < lines.length) {
        const m = lines[i].match(/^(\s*)([-*]|\d+\.)\s+(.*)$/);
        if (m) { items.push(m[3]); i++; continue; }
        if (lines[i].trim() && /^\s{2,}/.test(lines[i]) && items.length) { items[items.length - 1] += ' ' + lines[i].trim(); i++; continue; }
        break;
      }
      out.push({ kind: 'list', ordered, items });
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && lines[i].trim() && !/^(#{1,6}\s|\||>|-{3,}\s*$|\s*([-*]|\d+\.)\s)/.test(lines[i])) { para.push(lines[i].trim()); i++; }
    out.push({ kind: 'para', text: para.join(' ') });
  }
  return out;
}

/** Inline Markdown: **bold**, *italic*, `code` and backslash escapes. */
export function inline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  const re = /\*\*(.+?)\*\*|\*(.+?)\*|`([^`]+)`|\\(.)/g;
  let last = 0;
  let m: RegExpExecArray | null;
  let k = 0;
  while ((m = re.exec(text))) {
    if (m.index > last) out.push(text.slice(last, m.index));
    if (m[1] !== undefined) out.push(<strong key={k++}>{inline(m[1])}</strong>);
    else if (m[2] !== undefined) out.push(<em key={k++}>{inline(m[2])}</em>);
    else if (m[3] !== undefined) out.push(<code key={k++}>{m[3]}</code>);
    else out.push(m[4]);
    last = re.lastIndex;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export function MarkdownBlocks({ blocks, headingOffset = 0 }: { blocks: Block[]; headingOffset?: number }) {
  return (
    <>
      {blocks.map((b, i) => {
        switch (b.kind) {
          case 'heading': {
            const level = Math.min(6, b.level + headingOffset);
            const H = `h${level}` as 'h2';
            return <H key={i} id={b.id}>{inline(b.text)}</H>;
          }
          case 'para': return <p key={i}>{inline(b.text)}</p>;
          case 'rule': return <hr key={i} />;
          case 'quote':
            return (
              <blockquote key={i} className="formula">
                {b.lines.map((l, j) => <Fragment key={j}>{j > 0 && <br />}{inline(l)}</Fragment>)}
              </blockquote>
            );
          case 'list': {
            const L = b.ordered ? 'ol' : 'ul';
            return <L key={i}>{b.items.map((it, j) => <li key={j}>{inline(it)}</li>)}</L>;
          }
          case 'table':
            return (
              <div key={i} className="table-wrap" tabIndex={0} role="group" aria-label={`Table: ${b.head.map((h) => h.replace(/[*`]/g, '')).join(', ')}`}>
                <table className="data-table rules-table">
                  <thead><tr>{b.head.map((c, j) => <th key={j} scope="col">{inline(c)}</th>)}</tr></thead>
                  <tbody>{b.rows.map((r, j) => <tr key={j}>{r.map((c, n) => (n === 0 ? <th key={n} scope="row">{inline(c)}</th> : <td key={n}>{inline(c)}</td>))}</tr>)}</tbody>
                </table>
              </div>
            );
        }
      })}
    </>
  );
}
