// A QR code of a link, as the dark modules' outline for one SVG path: the projector shows it and a
// phone's camera opens the link (the class's join page). Medium error correction: a projected code
// survives glare and a poor camera.
import qrcode from 'qrcode-generator';

export interface Qr {
  /** Modules per side (without the quiet zone). */
  size: number;
  /** An SVG path of every dark module, one unit square each, in module coordinates. */
  path: string;
}

export function qrOf(text: string): Qr {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const size = code.getModuleCount();
  const parts: string[] = [];
  for (let r = 0; r < size; r++) {
    // Runs of dark modules in a row as one rectangle each: a far shorter path than one per module.
    for (let c = 0; c < size; c++) {
      if (!code.isDark(r, c)) continue;
      let end = c;
      while (end + 1 < size && code.isDark(r, end + 1)) end++;
      parts.push(`M${c} ${r}h${end - c + 1}v1h${-(end - c + 1)}z`);
      c = end;
    }
  }
  return { size, path: parts.join('') };
}
