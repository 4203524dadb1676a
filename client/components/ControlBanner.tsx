// The facilitator's latest message in a class match, as a banner the player can dismiss; a newer
// message shows again. Dismissals last for the browser tab (sessionStorage).
import { useState } from 'react';
import type { Control } from '../../game/types';

const KEY = 'mdchess.bannerSeen';

function seenAt(): number {
  try {
    return Number(sessionStorage.getItem(KEY)) || 0;
  } catch {
    return 0;
  }
}

export function ControlBanner({ banner }: { banner: Control['banner'] }) {
  const [seen, setSeen] = useState(seenAt);
  if (!banner || banner.at <= seen) return null;
  const dismiss = () => {
    setSeen(banner.at);
    try {
      sessionStorage.setItem(KEY, String(banner.at));
    } catch {
      // Not kept: the message shows again after a reload.
    }
  };
  return (
    <div className="control-banner" role="alert" data-testid="control-banner">
      <p className="control-banner__text">
        <span className="control-banner__kicker">Message from the facilitator</span>
        {banner.text}
      </p>
      <button type="button" className="button button--small control-banner__close" onClick={dismiss} aria-label="Dismiss the facilitator’s message">
        Dismiss
      </button>
    </div>
  );
}
