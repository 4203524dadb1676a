// The three tracks in full: each zone, the thresholds and what the value means now. The top bar
// shows them compact, with their meaning only in tooltips that touch screens never show; its
// "Tracks" button opens this.
import type { G } from '../../game/types';
import { Dialog } from './Dialog';
import { AsymmetryTrack, EuTrack, TensionTrack } from './Tracks';

export function TracksDialog({ g, open, onClose }: { g: G; open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="The tracks" className="dialog--tracks">
      <p>Three tracks shared by every state. The powers read them in their phase at the end of each round.</p>
      <div className="tracks-full">
        <TensionTrack tension={g.tracks.tension} />
        <AsymmetryTrack asymmetry={g.tracks.asymmetry} />
        <EuTrack euEngagement={g.tracks.euEngagement} />
      </div>
    </Dialog>
  );
}
