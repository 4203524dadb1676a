// The numbers of rules.md that are not tables: limits, per-turn allowances, track thresholds.
// Tables live next to the code that reads them (court.ts, setup.ts, events.ts, agendas.ts).
// docs/balance.md records every change from rules.md and the simulation that justified it.

export const LIMITS = {
  influenceMax: 5,
  resourceMax: 12,
  tensionMax: 10,
  asymmetryMax: 10,
  euEngagementMax: 5,
  /** TKM Neutrality bonus at the end (rules §4). */
  neutralityPoints: 4,
} as const;

export const TURN = {
  actions: 2,
  actionsInUnrest: 1,
  mediationsPerRound: 1,
} as const;

/** rules §10 crisis penalties. */
export const CRISIS = {
  everyState: -5,
  mostBlamed: -5,
} as const;

/** rules §8 upkeep. */
export const UPKEEP = {
  growth: 1,
  /** +1 economy for every this many BRI projects. */
  briPerEconomy: 2,
  /** −1 economy for every full this much debt. */
  debtPerEconomyLoss: 3,
  /** Security decays unless some power has at least this much military influence. */
  garrison: 3,
  /** Stability −1 when CN economics − CN culture is at least this. */
  resentmentGap: 3,
  /** Stability −1 when economy is at most this. */
  povertyLine: 2,
  /** Security −1 everywhere when tension is at least this. */
  tenseAt: 7,
  /** Asymmetry +1 after these rounds. */
  asymmetryRounds: [2, 4, 6] as readonly number[],
  /** Emergency loan: economy set to this. */
  loanEconomy: 2,
} as const;

/** rules §7 powers phase. */
export const POWERS_PHASE = {
  chinaBase: 1,
  chinaPerAsymmetry: 3,
  chinaMilitaryAt: 6,
  chinaPoliticsAt: 8,
  borderStates: ['KAZ', 'KGZ', 'TJK'] as const,
  euPerEngagement: 2,
} as const;
