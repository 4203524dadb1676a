// The rules for players (docs/rules.md) and the reference texts of game/ (glossary, events with
// their history, institutions, powers, states), with a table of contents. Lazily loaded.
import { useEffect, useMemo } from 'react';
import rulesMd from '../../docs/rules.md?raw';
import {
  AGENDA_TEXT, EVENT_TEXT, GLOSSARY, INSTITUTION_TEXT, POWER_TEXT, STATE_TEXT,
} from '../../game/texts';
import type { Institution, Power, StateId } from '../../game/types';
import { INSTITUTIONS, POWERS, STATE_IDS } from '../../game/types';
import { Link } from '../components/Link';
import { MarkdownBlocks, parseBlocks } from '../components/Markdown';
import { paths } from '../lib/router';

const EXTRA = [
  { id: 'glossary', title: 'Glossary' },
  { id: 'the-powers', title: 'The three powers' },
  { id: 'the-states', title: 'The five states' },
  { id: 'institutions', title: 'The institutions' },
  { id: 'agendas', title: 'The secret agendas' },
  { id: 'event-cards', title: 'The event cards and the history behind them' },
];

export default function RulesScreen() {
  const blocks = useMemo(() => {
    // The guide's own short glossary gives way to the full one below; its title becomes the page's.
    const all = parseBlocks(rulesMd);
    const cut = all.findIndex((b) => b.kind === 'heading' && b.level === 2 && /glossary/i.test(b.text));
    return (cut >= 0 ? all.slice(0, cut) : all).filter((b) => !(b.kind === 'heading' && b.level === 1));
  }, []);
  const toc = blocks.flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [{ id: b.id, title: b.text }] : []));

  useEffect(() => {
    const hash = decodeURIComponent(window.location.hash.slice(1));
    if (hash) document.getElementById(hash)?.scrollIntoView();
  }, []);

  return (
    <main id="main" tabIndex={-1} className="page rules">
      <p className="breadcrumb"><Link href={paths.home}>Home</Link></p>
      <h1 className="page-title">How to play Multi-dimensional Chess</h1>
      <div className="rules__layout">
        <nav className="rules__toc card" aria-labelledby="toc-h">
          <h2 id="toc-h" className="small-heading">Contents</h2>
          <ol>
            {toc.map((t) => <li key={t.id}><a href={`#${t.id}`}>{t.title.replace(/^\d+\.\s*/, '')}</a></li>)}
            {EXTRA.map((t) => <li key={t.id}><a href={`#${t.id}`}>{t.title}</a></li>)}
          </ol>
        </nav>
        <article className="rules__body card prose">
          <MarkdownBlocks blocks={blocks} />

          <hr />
          <h2 id="glossary">Glossary</h2>
          <dl className="glossary">
            {GLOSSARY.map((e) => (
              <div key={e.term} className="glossary__entry">
                <dt>{e.term}</dt>
                <dd>{e.text}</dd>
              </div>
            ))}
          </dl>

          <h2 id="the-powers">The three powers</h2>
          {POWERS.map((p: Power) => (
            <section key={p}>
              <h3>{POWER_TEXT[p].name} <span className="muted">({POWER_TEXT[p].capital})</span></h3>
              <p>{POWER_TEXT[p].summary}</p>
            </section>
          ))}

          <h2 id="the-states">The five states</h2>
          {STATE_IDS.map((id: StateId) => (
            <section key={id}>
              <h3>{STATE_TEXT[id].name} <span className="muted">({STATE_TEXT[id].capital})</span></h3>
              <p>{STATE_TEXT[id].summary}</p>
              <p><strong>{STATE_TEXT[id].special.title}.</strong> {STATE_TEXT[id].special.text}</p>
            </section>
          ))}

          <h2 id="institutions">The institutions</h2>
          {INSTITUTIONS.map((inst: Institution) => (
            <section key={inst}>
              <h3>{INSTITUTION_TEXT[inst].name} ({inst})</h3>
              <p><strong>In the game:</strong> {INSTITUTION_TEXT[inst].effect}</p>
              <p>{INSTITUTION_TEXT[inst].explanation}</p>
            </section>
          ))}

          <h2 id="agendas">The secret agendas</h2>
          {Object.entries(AGENDA_TEXT).map(([id, a]) => (
            <section key={id}>
              <h3>{a.title}</h3>
              <p><strong>Goal:</strong> {a.goal}</p>
              <p>{a.explanation}</p>
            </section>
          ))}

          <h2 id="event-cards">The event cards and the history behind them</h2>
          {Object.entries(EVENT_TEXT).map(([id, e]) => (
            <section key={id}>
              <h3>{e.title}</h3>
              <p><strong>Effect:</strong> {e.effect}</p>
              <p>{e.explanation}</p>
            </section>
          ))}
        </article>
      </div>
    </main>
  );
}
