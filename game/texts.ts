// Every player-facing text of the game, as plain typed data (architecture §3: the client imports it).
// Background is written fresh from the seed paper's facts and general knowledge; nothing is quoted.
// Numbers that live in config.ts / court.ts / agendas.ts are read from there, so tuning stays in step.
import { AGENDAS } from './agendas.js';
import { LIMITS } from './config.js';
import { EVENTS } from './events.js';
import { POWER_TEXT } from './glossary.js';
import { STATE_NAME, signed } from './names.js';
import type { Board, PowerStep, TensionEntry } from './types.js';
import { STATE_IDS } from './types.js';

export {
  ACTION_TEXT, BOARD_TEXT, GLOSSARY, INSTITUTION_TEXT, POWER_TEXT, SCENARIO_TEXT, STATE_TEXT, TOKEN_TEXT,
} from './glossary.js';
export type {
  GlossaryEntry, InstitutionText, PowerText, ScenarioId, StateText, TitledText, TokenKindId,
} from './glossary.js';

export type EventId =
  | 'sanctions' | 'trade-war' | 'bri-forum' | 'greater-eurasia' | 'alignment' | 'sco-expansion'
  | 'eu-strategy' | 'afghan-border' | 'xinjiang' | 'land-protests' | 'remittances-fall' | 'joint-exercise'
  | 'pamir-outpost' | 'gas-pipeline' | 'gas-glut' | 'junior-partner' | 'debt-talks' | 'eu-connectivity'
  | 'russian-media' | 'digital-silk-road' | 'csto-peacekeepers' | 'leaders-summit' | 'arms-deals' | 'opinion-survey';
export type AgendaId =
  | 'multi-vector' | 'silk-road-hub' | 'eurasian-integrator' | 'european-bridge'
  | 'fortress' | 'mandate' | 'peacemaker' | 'unaligned';

export interface EventText { title: string; effect: string; explanation: string }
export interface AgendaText { title: string; goal: string; explanation: string }

/** rules §3: round 1 is shown as the year 2019. */
export const FIRST_YEAR = 2019;
export const YEAR_OF_ROUND = (round: number): number => FIRST_YEAR + round - 1;

const pts = (id: AgendaId): string => `${AGENDAS[id].points} points`;

/** rules §6: the 24 event cards. Keyed by event id (complete: checked by `satisfies` and by tests). */
export const EVENT_TEXT: Record<string, EventText> = {
  // ---- era A ----
  sanctions: {
    title: EVENTS.sanctions.title,
    effect: 'Asymmetry rises by 1 and tension falls by 1.',
    explanation:
      'After Russia annexed Crimea in 2014, Washington and Brussels answered with sanctions that cut Moscow off from ' +
      'much Western finance and technology. Russia turned east for trade, credit and energy buyers, which drew it ' +
      'closer to Beijing but also left it leaning on China. A Moscow that needs China is slow to quarrel with it.',
  },
  'trade-war': {
    title: EVENTS['trade-war'].title,
    effect: 'China gains +1 on economics in the two states where it has least there (ties by seat order); tension falls by 1.',
    explanation:
      'From 2018 the United States piled tariffs on Chinese goods and Beijing hit back. With part of the American ' +
      'market closing, China looked harder at overland trade with its western neighbours, and had fresh reason to ' +
      'keep Moscow friendly. Pressure from Washington pushed the two capitals closer together.',
  },
  'bri-forum': {
    title: EVENTS['bri-forum'].title,
    effect: 'Every state gets a free action this round: court China on economics (a Belt and Road project).',
    explanation:
      'Beijing hosts big Belt and Road summits, the second in April 2019, where leaders sign loan and building ' +
      'agreements by the dozen. Central Asia sits at the heart of the scheme: Xi Jinping first unveiled its overland ' +
      'belt on a visit to Kazakhstan in 2013. Every government of the region officially welcomes the projects.',
  },
  'greater-eurasia': {
    title: EVENTS['greater-eurasia'].title,
    effect: 'Russia gains +1 on politics in every member of the EAEU.',
    explanation:
      'In 2016 Vladimir Putin began to promote a Greater Eurasian Partnership, a web of trade deals across the ' +
      'continent with Russia at its hub instead of on the edge of both Europe and Asia. The Eurasian Economic Union ' +
      'is its core, so its members feel Moscow\'s pull most. In practice the plan leans towards China.',
  },
  alignment: {
    title: EVENTS.alignment.title,
    effect: 'Tension falls by 1 and every EAEU member gains 1 economy.',
    explanation:
      'In 2015 Putin and Xi jointly promised to link the Eurasian Economic Union with the Belt and Road. Moscow hoped ' +
      'the pledge would give it a say over Chinese money entering its neighbourhood, while Beijing preferred to deal ' +
      'with each capital on its own. Few joint projects followed, yet the promise calmed nerves for a while.',
  },
  'sco-expansion': {
    title: EVENTS['sco-expansion'].title,
    effect: 'Tension falls by 1, and SCO mediation may be used twice this round.',
    explanation:
      'India and Pakistan became full members of the SCO in 2017. Moscow backed India as a counterweight to Beijing, ' +
      'and China sponsored Pakistan in reply. A larger club dilutes both patrons and leaves more room for talks.',
  },
  'eu-strategy': {
    title: EVENTS['eu-strategy'].title,
    effect: 'EU engagement rises by 1, and every state gets a free action: court the EU on politics.',
    explanation:
      'In 2019 the EU adopted a new Central Asia strategy, its first since 2007, built around resilience, prosperity ' +
      'and regional cooperation. It offers deeper partnerships to each state separately rather than a bloc deal. For ' +
      'governments wary of relying on Moscow or Beijing alone, Brussels becomes a useful third door.',
  },
  'afghan-border': {
    title: EVENTS['afghan-border'].title,
    effect: 'Tajikistan, Uzbekistan and Turkmenistan lose 2 security each; those in the CSTO get a free action: court Russia on military.',
    explanation:
      'Three of the five states share long borders with Afghanistan, where insurgency, militant groups and the drug ' +
      'trade spill across. Moscow and Beijing both point to this threat, which the SCO calls terrorism, separatism and ' +
      'extremism, to justify their security role. CSTO members can call on Russian help; the others must look elsewhere.',
  },
  xinjiang: {
    title: EVENTS.xinjiang.title,
    effect: 'China loses 1 on culture in every state; Kazakhstan and Kyrgyzstan lose 1 stability each.',
    explanation:
      'From 2017 reports and leaked files revealed mass internment of Uyghurs, Kazakhs, Kyrgyz and other Muslims in ' +
      'China\'s Xinjiang region. Many families in Kazakhstan and Kyrgyzstan had relatives among the detained, and anger ' +
      'spread fast. Governments stayed quiet to protect ties with Beijing, but public trust in China sank.',
  },
  'land-protests': {
    title: EVENTS['land-protests'].title,
    effect: 'The state(s) where China has most on economics lose 2 stability and get a free action: resist China on economics at no cost.',
    explanation:
      'Fear that Chinese firms would lease farmland brought crowds onto the streets of Kazakhstan in 2016 and forced ' +
      'the government to shelve a land reform. Protests against Chinese plants, mines and workers have flared in ' +
      'Kazakhstan and Kyrgyzstan since. Leaders who depend on Chinese money must then show they can say no.',
  },
  'remittances-fall': {
    title: EVENTS['remittances-fall'].title,
    effect: 'Kyrgyzstan, Tajikistan and Uzbekistan lose 1 economy each, and Russia loses 1 on culture in each of them.',
    explanation:
      'Millions of Central Asians work in Russia, and the money they send home is a large part of the Kyrgyz and ' +
      'Tajik economies. When the rouble lost about half its value in 2014 and 2015, those transfers shrank sharply. ' +
      'Some migrants went home or sought work elsewhere, loosening one of Russia\'s strongest ties to the region.',
  },
  'joint-exercise': {
    title: EVENTS['joint-exercise'].title,
    effect: 'Tension falls by 1; Russia and China each gain +1 on military in Tajikistan.',
    explanation:
      'Russian and Chinese forces train together regularly, in SCO counter-terrorism drills and in large Russian ' +
      'manoeuvres, and their bombers have flown joint patrols. Such displays reassure both capitals that their ' +
      'security aims in the region still run side by side, at least for now.',
  },
  // ---- era B ----
  'pamir-outpost': {
    title: EVENTS['pamir-outpost'].title,
    effect: 'China gains +2 on military in Tajikistan, tension rises by 2, and Tajikistan gains 1 security.',
    explanation:
      'In 2019 reporters confirmed that Chinese troops were manning a post high in Tajikistan\'s Pamirs, close to ' +
      'the Afghan border. Beijing presents it as help for a weak neighbour guarding a dangerous frontier. For Moscow, ' +
      'which keeps its largest foreign base in Tajikistan, it is a sign that China no longer leaves security to Russia.',
  },
  'gas-pipeline': {
    title: EVENTS['gas-pipeline'].title,
    effect: 'Turkmenistan gains 2 economy; China gains +1 on economics in Turkmenistan, Uzbekistan and Kazakhstan.',
    explanation:
      'Since 2009 the Central Asia–China pipeline has carried Turkmen gas across Uzbekistan and Kazakhstan to ' +
      'western China, and further lines have been planned. China is now by far Turkmenistan\'s biggest gas customer. ' +
      'Each new line binds the budgets of the seller and of the transit states more tightly to Beijing.',
  },
  'gas-glut': {
    title: EVENTS['gas-glut'].title,
    effect: 'Turkmenistan loses 2 economy; Kazakhstan and Uzbekistan lose 1 each.',
    explanation:
      'Energy prices crashed in 2014–2016 and again in 2020, and Russia\'s Gazprom stopped buying Turkmen gas for ' +
      'several years from 2016. Turkmenistan, whose budget rests on gas, was hit hardest, but the other exporters ' +
      'felt it too. Having a single big buyer leaves a seller little room to bargain.',
  },
  'junior-partner': {
    title: EVENTS['junior-partner'].title,
    effect: 'Asymmetry falls by 1, tension rises by 1 and EU engagement rises by 1.',
    explanation:
      'Moscow has accepted playing second fiddle to Beijing, but without enthusiasm. If that role grows too costly, ' +
      'Russian leaders may seek other partners, Europe among them, to avoid depending on China. Such hedging would ' +
      'cool the friendship between the two giants and open doors for Brussels.',
  },
  'debt-talks': {
    title: EVENTS['debt-talks'].title,
    effect: 'Every state with debt 3 or more loses 1 debt, and China gains +1 on politics there.',
    explanation:
      'Kyrgyzstan and Tajikistan owe a large share of their foreign debt to Chinese state banks. When repayments ' +
      'become hard, Beijing may reschedule, but relief tends to come with goodwill, concessions or assets in return: ' +
      'a Chinese firm that built a power plant in Dushanbe was paid partly with rights to a gold mine.',
  },
  'eu-connectivity': {
    title: EVENTS['eu-connectivity'].title,
    effect: 'EU engagement rises by 1, and the EU gains +1 on economics in the state(s) where its total influence is highest.',
    explanation:
      'The EU\'s 2018 connectivity strategy promised transport, energy and digital links between Europe and Asia ' +
      'built on open and sustainable rules. Joined to the 2019 Central Asia strategy, it offers the region a third ' +
      'source of investment beside Russia and China. Brussels tends to spend first where it already has friends.',
  },
  'russian-media': {
    title: EVENTS['russian-media'].title,
    effect: 'Russia gains +1 on culture in every state where it has 2 or less there.',
    explanation:
      'Russian television, news sites and social networks are followed across Central Asia, and Russian remains a ' +
      'common language of business and study. That gives Moscow a voice in local debates no rival can match, and ' +
      'polls show it keeps wide public sympathy even as national feeling grows.',
  },
  'digital-silk-road': {
    title: EVENTS['digital-silk-road'].title,
    effect: 'China gains +1 on culture in every state where it has 3 or more on economics.',
    explanation:
      'Chinese firms such as Huawei and ZTE build much of the region\'s telecoms, from mobile networks to "safe city" ' +
      'camera systems. Where Chinese money already flows, Chinese technology, apps and training courses follow. ' +
      'It is a quieter kind of influence, wired into daily life.',
  },
  'csto-peacekeepers': {
    title: EVENTS['csto-peacekeepers'].title,
    effect: 'The CSTO member with the lowest stability (ties by seat order) gets Russia +2 on military, 2 security and 1 stability; tension rises by 1.',
    explanation:
      'For most of its life the CSTO never deployed its joint forces. That changed in January 2022, when Russian-led ' +
      'troops flew into Kazakhstan at the government\'s request during deadly unrest and left within weeks. The ' +
      'mission showed that Moscow still sees itself as the region\'s emergency guardian.',
  },
  'leaders-summit': {
    title: EVENTS['leaders-summit'].title,
    effect: 'Tension falls by 1, and every state gets a free action: resist any power on any board at no cost.',
    explanation:
      'Since 2018 the five presidents have met regularly without Russia or China in the room. The meetings reflect a ' +
      'region that sets more of its own agenda, settling border and water quarrels and coordinating trade. Acting ' +
      'together, the five carry more weight with every great power.',
  },
  'arms-deals': {
    title: EVENTS['arms-deals'].title,
    effect: 'China gains +1 on military in every state where it has 1 or less there; tension rises by 1.',
    explanation:
      'Since about 2014 China has sold far more arms to Central Asia, from armoured vehicles to drones, often more ' +
      'cheaply than Russia. It also trains officers and funds border posts. Each deal chips at Russia\'s old hold on ' +
      'the region\'s armies, and Moscow notices.',
  },
  'opinion-survey': {
    title: EVENTS['opinion-survey'].title,
    effect: 'Stability +1 where culture is balanced; stability −1 where China leads economics and has 1 or less on culture.',
    explanation:
      'Polls such as those of the Wilson Center find Russia fairly popular across Central Asia and China widely ' +
      'distrusted. Uzbekistan and Turkmenistan, which have no common border with China, are the exceptions where ' +
      'opinion of Beijing is fairly warm. Where Chinese money arrives with no cultural ties, people tend to resent it.',
  },
} satisfies Record<EventId, EventText>;

/** rules §9: the eight secret agendas, with their points from agendas.ts. */
export const AGENDA_TEXT: Record<string, AgendaText> = {
  'multi-vector': {
    title: AGENDAS['multi-vector'].title,
    goal: `All four of your boards balanced, and at least two different powers each leading one of them: ${pts('multi-vector')}.`,
    explanation:
      'Kazakhstan made a doctrine of staying on good terms with everyone at once. Keep every power in play on your ' +
      'boards without letting any of them take over.',
  },
  'silk-road-hub': {
    title: AGENDAS['silk-road-hub'].title,
    goal: `At least 2 Belt and Road projects and debt 4 or less: ${pts('silk-road-hub')}.`,
    explanation:
      'Dry ports and rail links can turn a landlocked country into a crossroads of Asian trade. The trick is to ' +
      'build with Chinese money without drowning in Chinese debt.',
  },
  'eurasian-integrator': {
    title: AGENDAS['eurasian-integrator'].title,
    goal: `A member of both the EAEU and the CSTO, with Russia leading your politics and your military: ${pts('eurasian-integrator')}.`,
    explanation:
      'Some leaders see their future with Moscow: one market, open doors for migrant workers and Russian security ' +
      'guarantees. You bet on the Eurasian project.',
  },
  'european-bridge': {
    title: AGENDAS['european-bridge'].title,
    goal: `EU engagement at least 4 at the end, and the EU at 3 or more on at least two of your boards: ${pts('european-bridge')}.`,
    explanation:
      'Brussels offers trade, aid and standards with fewer strings than the great neighbours. Make Europe a real ' +
      'partner of your state, not a visitor.',
  },
  fortress: {
    title: AGENDAS.fortress.title,
    goal: `Security 10 or more: ${pts('fortress')}.`,
    explanation: 'Ringed by uneasy borders, some governments put safety above all. Build a state nobody can threaten.',
  },
  mandate: {
    title: AGENDAS.mandate.title,
    goal: `Stability 10 or more: ${pts('mandate')}.`,
    explanation: 'A government its people trust is hard for outsiders to lean on. Aim for a calm, confident society.',
  },
  peacemaker: {
    title: AGENDAS.peacemaker.title,
    goal: `Tension 5 or less at the end, and you mediated at least twice: ${pts('peacemaker')}.`,
    explanation:
      'If Moscow and Beijing fall out, the region pays the bill. Use the SCO to keep the peace and make your capital ' +
      'the place where quarrels are settled.',
  },
  unaligned: {
    title: AGENDAS.unaligned.title,
    goal: `No foreign base, and no power dominating your military board: ${pts('unaligned')}.`,
    explanation:
      'Turkmenistan\'s permanent neutrality, recognised by the United Nations in 1995, is one model: no alliances and ' +
      'no foreign troops. Keep every army at arm\'s length.',
  },
} satisfies Record<AgendaId, AgendaText>;


// ---- sentences for the powers-phase replay and the tension record ----

const ADJ: Record<Board, string> = { politics: 'political', economics: 'economic', military: 'military', culture: 'cultural' };
/** Own-key lookups only, so a stray code like 'constructor' never reads the prototype. */
export const own = <T>(rec: Record<string, T>, key: string | null | undefined): T | undefined =>
  key != null && Object.hasOwn(rec, key) ? rec[key] : undefined;
/** An event's title, or its id when there is no such event. */
export const eventTitle = (id: string): string => own(EVENT_TEXT, id)?.title ?? id;
const stateName = (id: string): string => own(STATE_NAME, id) ?? id;
const capital = (p: string): string => own(POWER_TEXT, p)?.capital ?? p;

/** One line for a step of the powers phase (rules §7), e.g. for the round replay. */
export function powerReasonText(step: PowerStep): string {
  const who = capital(step.power);
  const where = stateName(step.state);
  const adj = own(ADJ, step.board) ?? step.board;
  if (step.skipped || step.reason === 'cap') {
    return `${who} made no ${adj} placement: its ${adj} presence is already at the maximum (${LIMITS.influenceMax}) everywhere.`;
  }
  let line: string;
  switch (step.reason) {
    case 'cn-border-military':
      line = `Beijing offers security help to ${where}: of the border states, its military presence there was the lowest.`;
      break;
    case 'cn-lowest-politics':
      line = `Beijing courts the leaders of ${where}: its political presence there was the lowest.`;
      break;
    case 'cn-lowest-economics':
      line = `Beijing invests in ${where}: its economic presence there was the lowest.`;
      break;
    case 'ru-pushback':
      line = `Moscow reinforces ${where}, where China's military presence had overtaken its own.`;
      break;
    case 'ru-military-gap':
      line = `Moscow reinforces ${where}, where China's military presence came closest to its own.`;
      break;
    case 'ru-smallest-margin':
      line = `Moscow shores up its ${adj} standing in ${where}, where its lead over the others was the thinnest.`;
      break;
    case 'eu-strongest':
      line = step.board === 'economics'
        ? `Brussels invests in ${where}, where the EU was already strongest.`
        : `Brussels deepens ${adj} ties with ${where}, where the EU was already strongest.`;
      break;
    default:
      line = `${who} adds ${signed(step.delta)} ${adj} influence in ${where}.`;
  }
  if (step.tension > 0) {
    const why = step.power === 'CN' ? 'China now outranks Russia there' : step.power === 'RU' ? 'Moscow pushes back' : 'friction grows';
    line += ` Tension ${signed(step.tension)}: ${why}.`;
  } else if (step.tension < 0) {
    line += ` Tension ${signed(step.tension)}.`;
  }
  return line;
}

/** What a seat did to change tension, by reason code. */
function seatDeed(reason: string | undefined, who: string): string {
  if (reason === 'host-base-CN') return `${who} let China open a military base, which Moscow resents`;
  if (reason === 'mediate') return `${who} mediated through the SCO`;
  if (reason === 'cn-military-lead') return `${who} let China take the military lead over Russia on its soil, breaking Moscow's old prerogative`;
  const court = reason?.match(/^court-(RU|CN|EU)-(politics|economics|military|culture)$/);
  if (court) {
    const [, p, b] = court;
    return p === 'CN' && b === 'military'
      ? `${who} invited Chinese military help, lifting China above Russia on its military board`
      : `${who} courted ${p === 'RU' ? 'Russia' : p === 'CN' ? 'China' : 'the EU'} on ${b}`;
  }
  return `${who}'s action changed the balance`;
}

/** One sentence for an entry of the tension record (rules §5). */
export function tensionCauseText(entry: TensionEntry): string {
  const d = `tension ${signed(entry.delta)}`;
  const [kind, arg = ''] = entry.cause.split(':');
  if (kind === 'seat') {
    const id = /^\d$/.test(arg) ? STATE_IDS[Number(arg)] : undefined;
    const who = id ? stateName(id) : `Seat ${arg}`;
    const blame = entry.delta > 0 ? ` (${who}'s blame ${signed(entry.delta)})` : '';
    return `${seatDeed(entry.reason, who)}: ${d}${blame}.`;
  }
  if (kind === 'event') {
    const title = eventTitle(arg);
    if (entry.reason === 'cn-military-lead') {
      return `The event "${title}" gave China a new military lead over Russia, breaking Moscow's prerogative: ${d}.`;
    }
    return `The event "${title}": ${d}.`;
  }
  if (kind === 'powers') {
    const who = capital(arg);
    if (entry.reason === 'cn-military-placement') return `Beijing's military placement put China above Russia in a state: ${d}.`;
    if (entry.reason === 'ru-pushback') return `Moscow pushed back where China's military presence had overtaken its own: ${d}.`;
    if (entry.reason === 'cn-military-lead') {
      return `The powers phase left China with a new military lead over Russia, breaking Moscow's prerogative: ${d}.`;
    }
    return `${who} acted in the powers phase: ${d}.`;
  }
  if (kind === 'upkeep') {
    if (entry.reason === 'cn-military-lead') return `At upkeep China held a new military lead over Russia: ${d}.`;
    return `Upkeep: ${d}.`;
  }
  if (kind === 'control') return `The seminar's control team moved tension: ${d}${entry.reason ? ` (${entry.reason})` : ''}.`;
  return `${entry.cause}: ${d}.`;
}
