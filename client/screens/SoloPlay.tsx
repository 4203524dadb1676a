// A solo match: the in-browser match of lib/solo, played on the match screen. Lazily loaded.
import { useEffect, useMemo, useState } from 'react';
import { newSolo, loadSolo, type SoloConfig } from '../lib/solo';
import { navigate, paths } from '../lib/router';
import { rosterSolo } from '../lib/roster';
import { useMatch } from '../lib/useMatch';
import { MatchScreen } from './MatchScreen';

function SoloMatch({ config, onPlayAgain }: { config: SoloConfig; onPlayAgain: () => void }) {
  const match = useMatch({ kind: 'solo', config });
  const roster = useMemo(() => rosterSolo(config.mySeat, config.seats), [config]);
  return <MatchScreen match={match} roster={roster} onPlayAgain={onPlayAgain} />;
}

/** Everything a solo match may still need, fetched now: it then plays on without the network. */
function prefetchSoloParts(): void {
  void import('./EndScreen');
  void import('../components/MapView');
  void import('../lib/soloBots');
}

export default function SoloPlay() {
  const [config, setConfig] = useState<SoloConfig | null>(() => loadSolo());
  useEffect(prefetchSoloParts, []);
  useEffect(() => {
    if (!config) navigate(paths.solo, { replace: true });
  }, [config]);
  if (!config) return null;
  const again = () => setConfig(newSolo({ scenario: config.scenario, mySeat: config.mySeat, seats: config.seats }));
  return <SoloMatch key={config.matchID} config={config} onPlayAgain={again} />;
}
