// The join screen for the projector: the class code in large letters, the short address to type,
// a QR code that opens the class's join page with the code filled in, and how many have joined.
import { studentLink } from '../lib/router';
import { Dialog } from './Dialog';
import { QrCode } from './QrCode';

export interface JoinScreenProps {
  open: boolean;
  onClose: () => void;
  title: string;
  code: string;
  joined: number;
}

export function JoinScreen({ open, onClose, title, code, joined }: JoinScreenProps) {
  const link = studentLink(code);
  const address = `${window.location.host}/class`;
  return (
    <Dialog open={open} onClose={onClose} title={`Join ${title}`} className="dialog--join">
      <div className="join-screen">
        <div className="join-screen__text">
          <p className="join-screen__step">Open <strong className="mono">{address}</strong> and type the code</p>
          <p className="join-screen__code mono" aria-label={`Class code: ${code.split('').join(' ')}`}>{code}</p>
          <p className="join-screen__step">or scan the code with a phone’s camera.</p>
          <p className="join-screen__count" role="status">{joined === 1 ? '1 student has joined' : `${joined} students have joined`}</p>
        </div>
        <QrCode text={link} label={`QR code of the link ${link}`} className="join-screen__qr" />
      </div>
    </Dialog>
  );
}
