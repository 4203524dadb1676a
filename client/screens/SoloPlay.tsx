// A solo match: the in-browser match of lib/solo, played on the match screen. Lazily loaded.
import { useEffect, useMemo, useState } from 'react';
import type { Seat } from '../../game/types';
import { newSolo, loadSolo, type SoloConfig } from '../lib/solo';
import { navigate, paths } from '../lib/router';
import { rosterSolo } from '../lib/roster';
import { useMatch } from '../lib/useMatch';
import { MatchScreen } from './MatchScreen';

function SoloMatch({ config, onPlayAgain }: { config: SoloConfig; onPlayAgain: () => void }) {
  const match = useMatch({ kind: 'solo', config });
  const viewer = match.mySeat;
  const roster = useMemo(() => rosterSolo(viewer, config.seats, config.names), [viewer, config]);
  // Several people on this device: each turn begins behind a hand-over screen (after a reload too).
  const [shownTo, setShownTo] = useState<Seat | null>(null);
  const handOff = match.localSeats.length > 1 && viewer !== null && shownTo !== viewer
    ? { seat: viewer, onReady: () => setShownTo(viewer) }
    : undefined;
  return <MatchScreen match={match} roster={roster} onPlayAgain={onPlayAgain} handOff={handOff} />;
}

/** Everything a solo match may still need, fetched now: it then plays on without the network. */
function prefetchSoloParts(hard: boolean): void {
  void import('./EndScreen');
  void import('./ReplayScreen');
  void import('../components/MapView');
  // The hard bot's worker starts now, while the page can still fetch its script.
  void import('../lib/soloBots').then((m) => { if (hard) m.startHardWorker(); });
}

export default function SoloPlay() {
  const [config, setConfig] = useState<SoloConfig | null>(() => loadSolo());
  const hard = config?.seats.includes('hard') ?? false;
  useEffect(() => prefetchSoloParts(hard), [hard]);
  useEffect(() => {
    if (!config) navigate(paths.solo, { replace: true });
  }, [config]);
  if (!config) return null;
  const again = () => setConfig(newSolo({ scenario: config.scenario, mySeat: config.mySeat, seats: config.seats, names: config.names }));
  return <SoloMatch key={config.matchID} config={config} onPlayAgain={again} />;
}
