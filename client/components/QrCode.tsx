// A QR code drawn as SVG, dark on white with a quiet zone of four modules (as the standard asks),
// whatever the page's colour theme: cameras read dark on light.
import { useMemo } from 'react';
import { qrOf } from '../lib/qr';

const QUIET = 4;

export function QrCode({ text, label, className = '' }: { text: string; label: string; className?: string }) {
  const qr = useMemo(() => qrOf(text), [text]);
  const side = qr.size + 2 * QUIET;
  return (
    <svg className={`qr ${className}`} viewBox={`${-QUIET} ${-QUIET} ${side} ${side}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect x={-QUIET} y={-QUIET} width={side} height={side} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
