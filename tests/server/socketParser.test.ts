// The server's socket.io encoder must put on the wire exactly what socket.io's default one does
// for every packet the server sends (none holds binary data).
import { describe, expect, it } from 'vitest';
import * as parser from 'socket.io-parser';
import { jsonOnlyParser } from '../../server/socketParser.js';

const { PacketType } = parser;
const packets: parser.Packet[] = [
  { type: PacketType.CONNECT, nsp: '/mdchess', data: { sid: 'abc' } },
  { type: PacketType.EVENT, nsp: '/mdchess', data: ['update', 'm1', { G: { round: 2, names: ['Ä', '"q"', '</script>'] }, ctx: { gameover: undefined } }, []] },
  { type: PacketType.EVENT, nsp: '/', data: ['chat', 'm1', { id: 'x', sender: '0', payload: 'hi\n' }] },
  { type: PacketType.ACK, nsp: '/mdchess', id: 7, data: [null] },
  { type: PacketType.DISCONNECT, nsp: '/mdchess' },
  { type: PacketType.CONNECT_ERROR, nsp: '/mdchess', data: { message: 'origin not allowed' } },
];

describe('the JSON-only socket.io encoder', () => {
  it('encodes every non-binary packet exactly as the default encoder', () => {
    const ours = new jsonOnlyParser.Encoder();
    const theirs = new parser.Encoder();
    for (const p of packets) expect(ours.encode(p)).toEqual(theirs.encode(p));
  });

  it('round-trips through the default decoder', () => {
    const encoder = new jsonOnlyParser.Encoder();
    const decoder = new jsonOnlyParser.Decoder();
    const seen: parser.Packet[] = [];
    decoder.on('decoded', (p: parser.Packet) => seen.push(p));
    for (const p of packets) for (const chunk of encoder.encode(p)) decoder.add(chunk);
    expect(seen.map((p) => JSON.stringify(p.data))).toEqual(packets.map((p) => JSON.stringify(p.data)));
  });
});
