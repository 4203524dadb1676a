// Player-facing texts: complete for every id the rules code knows, a sentence for every log code,
// and written fresh (no run of 8 words shared with the seed paper).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AGENDAS } from '../../game/agendas.js';
import { EVENTS, EVENT_IDS } from '../../game/events.js';
import { SCENARIOS } from '../../game/setup.js';
import { TOKEN_KINDS } from '../../game/tokens.js';
import * as T from '../../game/texts.js';
import type { PowerStep, TensionEntry } from '../../game/types.js';
import { BOARDS, INSTITUTIONS, POWERS, STATE_IDS } from '../../game/types.js';

const PAPER = fileURLToPath(new URL('../../../shared/seed/000_3ae6c422b953e1ba.txt', import.meta.url));
const POWERS_SRC = fileURLToPath(new URL('../../game/powers.ts', import.meta.url));

/** Every string reachable from a value (objects and arrays walked, functions skipped). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

const filled = (value: unknown): void => {
  const all = strings(value);
  expect(all.length).toBeGreaterThan(0);
  for (const s of all) expect(s.trim().length, JSON.stringify(value)).toBeGreaterThan(0);
};

/** A sentence: capital or quote first, full stop last, no leaked placeholders. */
const sentence = (s: string): void => {
  expect(s, s).toMatch(/^["A-Z]/);
  expect(s, s).toMatch(/\.$/);
  expect(s, s).not.toMatch(/undefined|NaN|\[object/);
};

const step = (over: Partial<PowerStep>): PowerStep =>
  ({ power: 'CN', board: 'economics', state: 'KGZ', delta: 1, reason: 'cn-lowest-economics', tension: 0, ...over });

const POWER_REASONS: [PowerStep['power'], PowerStep['board'], string][] = [
  ['CN', 'military', 'cn-border-military'], ['CN', 'politics', 'cn-lowest-politics'],
  ['CN', 'economics', 'cn-lowest-economics'], ['CN', 'economics', 'cap'], ['RU', 'military', 'ru-pushback'],
  ['RU', 'military', 'ru-military-gap'], ['RU', 'politics', 'ru-smallest-margin'], ['RU', 'culture', 'ru-smallest-margin'],
  ['EU', 'economics', 'eu-strongest'], ['EU', 'politics', 'eu-strongest'],
];

describe('texts: every id has text', () => {
  it('every event card has a title (as in events.ts), an effect and an explanation', () => {
    expect(Object.keys(T.EVENT_TEXT).sort()).toEqual([...EVENT_IDS].sort());
    for (const id of EVENT_IDS) {
      const t = T.EVENT_TEXT[id];
      filled(t);
      expect(t.title).toBe(EVENTS[id].title);
      sentence(t.effect);
      const sentences = t.explanation.split(/(?<=\.)\s+(?=[A-Z"])/);
      expect(sentences.length, id).toBeGreaterThanOrEqual(2);
      expect(sentences.length, id).toBeLessThanOrEqual(4);
    }
  });

  it('every agenda has a title, a goal naming its points, and an explanation', () => {
    expect(Object.keys(T.AGENDA_TEXT).sort()).toEqual(Object.keys(AGENDAS).sort());
    for (const [id, def] of Object.entries(AGENDAS)) {
      const t = T.AGENDA_TEXT[id];
      filled(t);
      expect(t.title).toBe(def.title);
      expect(t.goal).toContain(`${def.points} points`);
    }
  });

  it('every token kind, scenario, state, power, board, institution and action has text', () => {
    expect(Object.keys(T.TOKEN_TEXT).sort()).toEqual(Object.keys(TOKEN_KINDS).sort());
    for (const k of Object.keys(TOKEN_KINDS)) filled(T.TOKEN_TEXT[k]);
    expect(Object.keys(T.SCENARIO_TEXT).sort()).toEqual(Object.keys(SCENARIOS).sort());
    for (const k of Object.keys(SCENARIOS)) filled(T.SCENARIO_TEXT[k]);
    for (const id of STATE_IDS) {
      filled(T.STATE_TEXT[id]);
      expect(T.STATE_TEXT[id].special.title.length).toBeGreaterThan(0);
    }
    for (const p of POWERS) filled(T.POWER_TEXT[p]);
    for (const b of BOARDS) filled(T.BOARD_TEXT[b]);
    for (const i of INSTITUTIONS) filled(T.INSTITUTION_TEXT[i]);
    const actions = ['court', 'resist', 'join', 'leave', 'hostBase', 'closeBase', 'mediate', 'pass', 'useToken'] as const;
    for (const a of actions) filled(T.ACTION_TEXT[a]);
  });

  it('the glossary covers the required terms', () => {
    const terms = T.GLOSSARY.map((e) => e.term.toLowerCase()).join(' | ');
    for (const need of [
      'sco', 'csto', 'eaeu', 'belt and road', 'greater eurasia', 'eu strategy for central asia (2019)',
      'eu connectivity strategy (2018)', 'digital silk road', 'asymmetry', 'tension', 'division of labour',
      'multi-vector foreign policy', 'influence', 'lead', 'dominate', 'balanced',
    ]) expect(terms, need).toContain(need);
    for (const e of T.GLOSSARY) filled(e);
  });

  it('round 1 is 2019', () => {
    expect(T.YEAR_OF_ROUND(1)).toBe(2019);
    expect(T.YEAR_OF_ROUND(8)).toBe(2026);
  });
});

describe('texts: log sentences', () => {
  it('powerReasonText gives a sentence for every reason code, with state names', () => {
    for (const [power, board, reason] of POWER_REASONS) {
      const line = T.powerReasonText(step({ power, board, reason, skipped: reason === 'cap' ? true : undefined }));
      sentence(line);
      if (reason !== 'cap') expect(line).toContain('Kyrgyzstan');
    }
    expect(T.powerReasonText(step({}))).toBe('Beijing invests in Kyrgyzstan: its economic presence there was the lowest.');
  });

  it('knows every reason code that powers.ts records', () => {
    const src = readFileSync(POWERS_SRC, 'utf8');
    const codes = new Set<string>();
    for (const m of src.matchAll(/reason:\s*([^,}]+)/g)) for (const q of m[1].matchAll(/'([a-z-]+)'/g)) codes.add(q[1]);
    expect(codes.size).toBeGreaterThanOrEqual(8);
    const known = new Set(POWER_REASONS.map((r) => r[2]));
    for (const c of codes) expect(known, c).toContain(c);
  });

  it('powerReasonText mentions tension and skipped placements', () => {
    const cn = T.powerReasonText(step({ board: 'military', state: 'TJK', reason: 'cn-border-military', tension: 1 }));
    expect(cn).toMatch(/Tension \+1/);
    const ru = T.powerReasonText(step({ power: 'RU', board: 'military', state: 'TJK', reason: 'ru-pushback', tension: 1 }));
    expect(ru).toMatch(/Tension \+1/);
    const skipped = T.powerReasonText(step({ reason: 'cap', delta: 0, skipped: true }));
    expect(skipped).toMatch(/no economic placement/);
  });

  it('tensionCauseText gives a sentence for every cause and reason', () => {
    const entries: TensionEntry[] = [];
    STATE_IDS.forEach((_, n) => {
      for (const reason of ['host-base-CN', 'court-CN-military', 'mediate', 'cn-military-lead', undefined]) {
        entries.push({ round: 1, delta: reason === 'mediate' ? -1 : reason === 'host-base-CN' ? 2 : 1, cause: `seat:${n}`, reason });
      }
    });
    for (const id of EVENT_IDS) {
      entries.push({ round: 2, delta: -1, cause: `event:${id}` });
      entries.push({ round: 2, delta: 1, cause: `event:${id}`, reason: 'cn-military-lead' });
    }
    entries.push(
      { round: 3, delta: 1, cause: 'powers:CN', reason: 'cn-military-placement' },
      { round: 3, delta: 1, cause: 'powers:CN', reason: 'cn-military-lead' },
      { round: 3, delta: 1, cause: 'powers:RU', reason: 'ru-pushback' },
      { round: 3, delta: 1, cause: 'powers:EU' },
      { round: 3, delta: 1, cause: 'upkeep', reason: 'cn-military-lead' },
      { round: 3, delta: 1, cause: 'upkeep' },
      { round: 3, delta: -2, cause: 'control' },
    );
    for (const e of entries) {
      const line = T.tensionCauseText(e);
      sentence(line);
      expect(line, line).toMatch(/tension [+−]\d/);
    }
    expect(T.tensionCauseText({ round: 1, delta: 2, cause: 'seat:2', reason: 'host-base-CN' })).toContain('Kyrgyzstan');
    expect(T.tensionCauseText({ round: 1, delta: -1, cause: 'event:sanctions' })).toContain('Sanctions bite');
  });
});

/** Lower-cased words, punctuation stripped (apostrophes and dashes split words the same way everywhere). */
const words = (s: string): string[] => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);

const RUN = 8;

function runs(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + RUN <= ws.length; i++) out.push(ws.slice(i, i + RUN).join(' '));
  return out;
}

/** Every text of texts.ts: all data, plus sample sentences of the two log functions. */
function allTexts(): string[] {
  const out = strings(Object.values(T));
  for (const [power, board, reason] of POWER_REASONS) out.push(T.powerReasonText(step({ power, board, reason, tension: 1 })));
  for (const cause of ['seat:0', 'event:pamir-outpost', 'powers:CN', 'powers:RU', 'upkeep', 'control']) {
    for (const reason of ['host-base-CN', 'court-CN-military', 'mediate', 'cn-military-lead', 'cn-military-placement', 'ru-pushback', undefined]) {
      out.push(T.tensionCauseText({ round: 1, delta: 1, cause, reason }));
    }
  }
  return out;
}

describe('texts: written fresh', () => {
  it.skipIf(!existsSync(PAPER))(`shares no run of ${RUN} consecutive words with the seed paper`, () => {
    const paper = new Set(runs(words(readFileSync(PAPER, 'utf8'))));
    const copied: string[] = [];
    for (const text of allTexts()) for (const r of runs(words(text))) if (paper.has(r)) copied.push(`"${r}" in: ${text}`);
    expect(copied).toEqual([]);
  });
});
