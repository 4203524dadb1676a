// Player-facing reference text: powers, states, boards, scenarios, tokens, actions, institutions and
// the glossary (rules §1, §2, §4, §5, §7, §11). Plain data, re-exported by texts.ts, which holds the
// event cards, agendas and log sentences. Written fresh: nothing here is quoted from the seed paper.
import { CRISIS, LIMITS, POWERS_PHASE, TURN, UPKEEP } from './config.js';
import { BENEFIT_MAX, BRI } from './court.js';
import { STATE_NAME } from './names.js';
import type { ActionType, Board, Institution, Power, StateId } from './types.js';

export type ScenarioId = 'baseline-2019' | 'pivot-2014' | 'fraying-2024' | 'short';
export type TokenKindId =
  | 'court-CN-economics' | 'court-EU-politics' | 'court-RU-military' | 'resist-CN-economics-free' | 'resist-any-free';

export interface PowerText { name: string; capital: string; summary: string }
export interface StateText { name: string; capital: string; special: { title: string; text: string }; summary: string }
export interface TitledText { title: string; summary: string }

const crisisLoss = -CRISIS.everyState;
const blameLoss = -CRISIS.mostBlamed;

/** An institution as the player meets it: what joining and leaving do, and what it is. */
export interface InstitutionText {
  name: string;
  /** What membership does in the game. */
  effect: string;
  /** Real-world background, one paragraph. */
  explanation: string;
}

/** One glossary entry. */
export interface GlossaryEntry {
  term: string;
  text: string;
}

/** rules §7: how each power acts in the powers phase (ties are broken at random). */
export const POWER_TEXT: Record<Power, PowerText> = {
  RU: {
    name: 'Russia',
    capital: 'Moscow',
    summary:
      'Russia makes two placements. First it adds 1 military where China\'s military presence comes closest to its ' +
      'own, or most exceeds it; if China was already ahead there, tension rises by 1 as Moscow pushes back. Then it ' +
      'adds 1 on politics or culture wherever its lead over the strongest rival is thinnest. Moscow still sees itself ' +
      'as the region\'s protector, with bases, migrants and media reaching into every state.',
  },
  CN: {
    name: 'China',
    capital: 'Beijing',
    summary:
      `China makes ${POWERS_PHASE.chinaBase} placement plus 1 for every ${POWERS_PHASE.chinaPerAsymmetry} points of ` +
      'asymmetry. Normally it invests (+1 economics) where its economic presence is lowest. From asymmetry ' +
      `${POWERS_PHASE.chinaMilitaryAt} its first placement of the round goes to the military of the border state ` +
      '(Kazakhstan, Kyrgyzstan or Tajikistan) where it is weakest, raising tension by 1 if it then outranks Russia ' +
      `there; from ${POWERS_PHASE.chinaPoliticsAt} it also courts the politics of the state where it has least. ` +
      'Beijing is now one of the region\'s biggest traders and lenders, and it is edging into security.',
  },
  EU: {
    name: 'European Union',
    capital: 'Brussels',
    summary:
      `The EU makes 1 placement for every ${POWERS_PHASE.euPerEngagement} points of EU engagement, economics first, ` +
      'then politics, then economics again, always in the state where its total influence is highest. It never raises ' +
      'tension. Brussels is a major trade partner and donor, and its 2019 strategy offers the region a third partner.',
  },
};

/** rules §2 and §4: the five states and their special abilities. */
export const STATE_TEXT: Record<StateId, StateText> = {
  KAZ: {
    name: STATE_NAME.KAZ,
    capital: 'Astana',
    special: {
      title: 'Corridor',
      text:
        `Each Belt and Road project gives you ${BRI.corridorBonus} extra economy, and you may take EU investment at ` +
        'EU engagement 2 although you are in the EAEU.',
    },
    summary:
      'The largest and richest state, in all three institutions and host to Russian military sites. It is China\'s ' +
      'main land route westward and the home of multi-vector diplomacy.',
  },
  UZB: {
    name: STATE_NAME.UZB,
    capital: 'Tashkent',
    special: { title: 'Own course', text: 'The first resist in each of your turns costs nothing.' },
    summary:
      'The most populous state, a member of the SCO only. It left the CSTO in 2012 and guards its independence ' +
      'closely, while opening up to its neighbours since 2016.',
  },
  KGZ: {
    name: STATE_NAME.KGZ,
    capital: 'Bishkek',
    special: { title: 'Remittances', text: 'Courting Russia on culture gives 2 economy instead of 1.' },
    summary:
      'A small mountain republic in the CSTO and the EAEU, with a Russian air base at Kant. Wages sent home from ' +
      'Russia keep it afloat, and it owes much to Chinese lenders.',
  },
  TJK: {
    name: STATE_NAME.TJK,
    capital: 'Dushanbe',
    special: { title: 'Frontline', text: 'Every security gain you get from courting a power on military is 1 higher.' },
    summary:
      'The poorest state, on the long Afghan frontier, home to Russia\'s largest foreign base and to a Chinese post ' +
      'in the Pamirs. It is in the CSTO but not the EAEU.',
  },
  TKM: {
    name: STATE_NAME.TKM,
    capital: 'Ashgabat',
    special: {
      title: 'Neutrality',
      text:
        `Each Belt and Road project gives you ${BRI.gasBonus} extra economy (gas). If at the end you belong to no ` +
        `institution and host no base, you score +${LIMITS.neutralityPoints}.`,
    },
    summary:
      'A closed, gas-rich state, formally neutral since 1995 and outside every regional bloc. It sells most of its ' +
      'gas to China.',
  },
};

/** rules §1 and §4: the four boards and what courting each power there gives. */
export const BOARD_TEXT: Record<Board, TitledText> = {
  politics: {
    title: 'Politics',
    summary:
      'Who has your government\'s ear. Courting Russia gives 1 security, China 1 economy, the EU 1 stability and ' +
      '+1 EU engagement (for 1 security). Resisting costs 1 security.',
  },
  economics: {
    title: 'Economics',
    summary:
      'Trade, loans and investment. Russia gives 1 economy (2 in the EAEU); China always brings a Belt and Road ' +
      `project (+${BRI.economy} economy, +${BRI.debt} debt); the EU gives 1 economy once EU engagement is 2 (3 for ` +
      'EAEU members). Resisting costs 1 economy.',
  },
  military: {
    title: 'Military',
    summary:
      'Arms, training, troops and bases. Russia gives 1 security (2 in the CSTO); China gives 1 security but raises ' +
      'tension if it overtakes Russia; the EU gives 1 security at EU engagement 4, for 1 stability. A power with ' +
      `${UPKEEP.garrison} or more here stops your security decaying. Resisting costs 1 security.`,
  },
  culture: {
    title: 'Culture',
    summary:
      'Language, media, migration and study. Russia gives 1 economy (remittances), China 1 economy (scholarships and ' +
      'trade fairs), the EU 1 stability. Resisting costs 1 economy but gives 1 stability.',
  },
};

/** rules §11: the scenarios. */
export const SCENARIO_TEXT: Record<string, TitledText> = {
  'baseline-2019': {
    title: '2019 baseline',
    summary:
      'The region as it stood in 2019: Russia ahead on politics, security and culture, China ahead on money, the EU ' +
      'just arriving. Tension 2, asymmetry 4, EU engagement 1; eight rounds.',
  },
  'pivot-2014': {
    title: '2014: the pivot',
    summary:
      'Crimea has just been annexed and the Belt and Road is new. China starts with 1 less influence everywhere, ' +
      'asymmetry 2, tension 1, and the EU is absent (engagement 0). Eight rounds.',
  },
  'fraying-2024': {
    title: '2024: fraying',
    summary:
      'China is far ahead (asymmetry 7), tension already stands at 5, EU engagement is 2, and China has 1 more ' +
      'military influence in Kazakhstan, Kyrgyzstan and Tajikistan. Eight rounds on the edge.',
  },
  short: {
    title: 'Short game',
    summary: 'The 2019 baseline in five rounds: era A events in rounds 1–3, era B in rounds 4–5.',
  },
} satisfies Record<ScenarioId, TitledText>;

/** rules §4 free actions: one line per token kind of tokens.ts. */
export const TOKEN_TEXT: Record<string, string> = {
  'court-CN-economics': 'Free action: court China on economics (a Belt and Road project).',
  'court-EU-politics': 'Free action: court the EU on politics.',
  'court-RU-military': 'Free action: court Russia on military.',
  'resist-CN-economics-free': 'Free action: resist China on economics, at no cost.',
  'resist-any-free': 'Free action: resist any power on any board, at no cost.',
} satisfies Record<TokenKindId, string>;

/** rules §4: the nine moves. */
export const ACTION_TEXT: Record<ActionType, TitledText> = {
  court: {
    title: 'Court a power',
    summary:
      'Invite a power onto one of your boards: +1 influence (up to 5). You get the board\'s benefit only while the ' +
      `power had ${BENEFIT_MAX} or less there before (a Belt and Road project always pays); costs and tension ` +
      'apply either way.',
  },
  resist: {
    title: 'Resist a power',
    summary:
      'Push a power back: −1 influence on one of your boards. Costs 1 security on politics or military, 1 economy on ' +
      'economics or culture; resisting on culture also gives 1 stability.',
  },
  join: {
    title: 'Join an institution',
    summary:
      'SCO: Russia and China +1 politics. CSTO: Russia +1 military, +1 security. EAEU: Russia +1 economics, ' +
      '+1 economy. The CSTO and the EAEU need Russia at 2 on your politics.',
  },
  leave: {
    title: 'Leave an institution',
    summary:
      'SCO: Russia and China −1 politics, −1 stability. CSTO: Russia −1 military and −1 politics, −1 security. ' +
      'EAEU: Russia −1 economics, −2 economy.',
  },
  hostBase: {
    title: 'Host a base',
    summary:
      'Let Russia or China station troops: that power +2 military, +3 security. A Chinese base also pays 1 economy ' +
      'in rent but raises tension by 2.',
  },
  closeBase: {
    title: 'Close a base',
    summary: 'Send a base home: that power −2 military, −2 security; closing Russia\'s base also costs Russia 1 politics.',
  },
  mediate: {
    title: 'Mediate (SCO)',
    summary:
      `SCO members only, when tension is at least 1; ${TURN.mediationsPerRound} use per round for the whole region: ` +
      'tension −1, your stability +1.',
  },
  pass: { title: 'Pass', summary: 'End your turn now; any actions left are lost.' },
  useToken: {
    title: 'Use a free action',
    summary:
      'Play a free action an event gave you. It spends none of your actions but must be legal as usual, and it ' +
      'expires at upkeep.',
  },
};

/** rules §4 join/leave, and the background of each institution. */
export const INSTITUTION_TEXT: Record<Institution, InstitutionText> = {
  SCO: {
    name: 'Shanghai Cooperation Organisation',
    effect:
      'Joining gives Russia and China +1 each on your politics; leaving takes that away and costs 1 stability. ' +
      'Only members may mediate to lower tension.',
    explanation:
      'Founded in 2001 out of the older "Shanghai Five" border talks, the SCO is the forum where Moscow and Beijing ' +
      'meet the region as equals of a sort. Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan belong; neutral ' +
      'Turkmenistan stays outside. India and Pakistan became full members in 2017, each brought in partly to balance ' +
      'the other great patron.',
  },
  CSTO: {
    name: 'Collective Security Treaty Organisation',
    effect:
      'Joining (needs Russian politics 2) gives Russia +1 on your military and you +1 security, and Russian military ' +
      'help pays 2 security instead of 1. Leaving costs Russia 1 military and 1 politics and you 1 security.',
    explanation:
      'A Moscow-led defence pact set up in 2002 on the basis of a 1992 treaty. Kazakhstan, Kyrgyzstan and Tajikistan ' +
      'are members; Uzbekistan took part only between 2006 and 2012. It ties its members to Russian bases, radars and ' +
      'exercises, and has long been more of a symbol of Russian protection than a working joint army.',
  },
  EAEU: {
    name: 'Eurasian Economic Union',
    effect:
      'Joining (needs Russian politics 2) gives Russia +1 on your economics and you +1 economy, and Russian trade ' +
      'pays 2 economy instead of 1; EU investment then needs EU engagement 3. Leaving costs Russia 1 economics and you 2 economy.',
    explanation:
      'A customs and single-market union that came into force in 2015 with Russia, Belarus, Armenia, Kazakhstan and ' +
      'Kyrgyzstan. Modelled loosely on the European single market, it promises free movement of goods, money, services ' +
      'and workers but has no shared currency. Central Asian capitals have resisted Russian ideas that would stop ' +
      'members from signing their own trade deals with others.',
  },
};

/** Terms of the real world and of the game, in alphabetical order. */
export const GLOSSARY: GlossaryEntry[] = [
  {
    term: 'Asymmetry',
    text:
      'In the game, a track from 0 to 10 measuring how far China has pulled ahead of Russia. It rises after rounds ' +
      `${UPKEEP.asymmetryRounds.join(', ')}; the higher it is, the more placements China makes and the bolder they get ` +
      `(military help from ${POWERS_PHASE.chinaMilitaryAt}, political courting from ${POWERS_PHASE.chinaPoliticsAt}). ` +
      'In the real world it names the widening economic gap that leaves Russia as the smaller partner of Beijing.',
  },
  {
    term: 'Balanced',
    text:
      'A board of your state is balanced when no power dominates it. Each balanced board is worth 2 points at the end.',
  },
  {
    term: 'Belt and Road Initiative (BRI)',
    text:
      'China\'s vast programme of loans and infrastructure, reaching by land and sea across Asia towards Europe and ' +
      'beyond. Xi Jinping first announced its overland "Silk Road Economic Belt" in Astana in 2013. In the game, courting ' +
      'China on economics always brings a BRI project: economy now, a little debt, and extra growth for every two projects.',
  },
  {
    term: 'Blame',
    text:
      'The total tension a seat\'s own actions have added. Blame is public; if the game ends in a crisis, the most ' +
      `blamed seat loses ${blameLoss} more points, and at the end lower blame breaks ties.`,
  },
  {
    term: 'Crisis',
    text:
      `Tension reaching 10. The game stops at once, every state loses ${crisisLoss} points, and the most blamed seat ` +
      `(if its blame is above 0) loses another ${blameLoss}.`,
  },
  {
    term: 'CSTO',
    text:
      'The Collective Security Treaty Organisation, Russia\'s military alliance with several former Soviet republics ' +
      '(see Institutions).',
  },
  {
    term: 'Digital Silk Road',
    text:
      'The technology branch of the Belt and Road, announced in 2015: fibre-optic cables, telecoms networks, data ' +
      'centres, online trade and surveillance systems built or supplied by Chinese firms.',
  },
  {
    term: 'Division of labour',
    text:
      'The unwritten arrangement under which Russia acted as the region\'s security guardian and political patron while ' +
      'China stuck mainly to trade and investment. In the game, China taking the military lead in a state breaks it and ' +
      'raises tension.',
  },
  {
    term: 'Dominate',
    text:
      'A power dominates one of your boards when it leads there with at least 4 influence and at least 2 more than the ' +
      'next power. A dominated board is not balanced.',
  },
  {
    term: 'EAEU',
    text: 'The Eurasian Economic Union, the Russian-led single market (see Institutions).',
  },
  {
    term: 'EU Connectivity Strategy (2018)',
    text:
      'A 2018 European plan, titled "Connecting Europe and Asia", for transport, energy and digital links between the ' +
      'two continents built on open rules, sustainable finance and transparency. It is often read as a European ' +
      'alternative to the Belt and Road.',
  },
  {
    term: 'EU engagement',
    text:
      'A track from 0 to 5 showing how much attention Brussels pays to the region. It unlocks EU investment (2, or 3 for ' +
      'EAEU members) and EU security help (4), and every 2 points give the EU one placement in the powers phase.',
  },
  {
    term: 'EU Strategy for Central Asia (2019)',
    text:
      'The European Union\'s plan for the region adopted in 2019, replacing the first strategy of 2007. It aims to help ' +
      'the five states become more resilient and prosperous and to work more closely with one another and with Europe.',
  },
  {
    term: 'Greater Eurasia (Greater Eurasian Partnership)',
    text:
      'Vladimir Putin\'s idea, launched in 2016, of a web of trade agreements across the continent with Russia near its ' +
      'centre, linking the EAEU with China\'s Belt and Road and with partners such as India and Iran. It took the place of ' +
      'an earlier Russian vision of a common economic space with Europe.',
  },
  {
    term: 'Influence',
    text:
      'How strongly a power is present on one board of one state, from 0 to 5. Each board of each state holds three ' +
      'numbers, one for Russia, China and the EU.',
  },
  {
    term: 'Lead',
    text:
      'A power leads a board of a state when it has at least 1 influence there and more than each other power. Ties ' +
      'mean nobody leads.',
  },
  {
    term: 'Multi-vector foreign policy',
    text:
      'Dealing with every big partner at once (Russia, China, Europe, the United States, Turkey and others) so that ' +
      'none of them becomes indispensable. Kazakhstan made the phrase famous. In the game, the Multi-vector master ' +
      'agenda rewards exactly this.',
  },
  {
    term: 'SCO',
    text:
      'The Shanghai Cooperation Organisation, the regional forum shared by Russia, China and most Central Asian states ' +
      '(see Institutions).',
  },
  {
    term: 'Sovereignty',
    text:
      'Your score: economy + security + stability − debt, plus 2 for each balanced board, plus your agenda if met, plus ' +
      'Turkmenistan\'s Neutrality bonus if kept.',
  },
  {
    term: 'Tension',
    text:
      'A track from 0 to 10 showing friction between Moscow and Beijing. Chinese bases, Chinese military help that ' +
      'overtakes Russia\'s, and Russian pushback raise it; SCO mediation and some events lower it. ' +
      `At ${UPKEEP.tenseAt} every state loses security each upkeep; at 10 the game ends in a crisis.`,
  },
  {
    term: 'Token',
    text:
      'A free action given by an event, for example "court China on economics". Using it costs none of your two ' +
      'actions, but it must be used during your own turn and is gone at upkeep.',
  },
  {
    term: 'Unrest',
    text:
      'A state whose stability stands at 0 after upkeep is in unrest: it has only one action next round, and Russia ' +
      'gains 1 political influence there.',
  },
];
