// socket.io's own wire format, with an encoder that does not search every outgoing packet for
// binary data. This server only ever sends JSON (states, logs, chat), and the search walked the
// whole state once per seat per move: 3 % of the server's time under load. Packets are encoded
// exactly as socket.io's default parser encodes a packet without binary data; decoding is its own.
import * as parser from 'socket.io-parser';

class JsonOnlyEncoder extends parser.Encoder {
  override encode(packet: parser.Packet): string[] {
    return [(this as unknown as { encodeAsString(p: parser.Packet): string }).encodeAsString(packet)];
  }
}

/** Pass as socket.io's `parser` option. */
export const jsonOnlyParser = { ...parser, Encoder: JsonOnlyEncoder };
