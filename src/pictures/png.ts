// A PNG writer for the cards. Skia's own encoder (canvas.encode('png')) compresses hard and took
// most of a card's render time in bench/cards.bench.ts, even for a blank canvas; the cards are
// large flat areas, so plain zlib at a low level gives files of a similar size several times
// faster. Compression runs on zlib's thread pool, so the event loop stays free meanwhile.
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Canvas } from '@napi-rs/canvas';

const deflate = promisify(zlib.deflate);
// Level 3: measured, files about a fifth larger than Skia's for several times less CPU.
const LEVEL = 3;
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(zlib.crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * RGBA scanlines, each behind a 0 byte (filter "None"): a native copy per row. Filtering in
 * JavaScript cost more time than it saved in zlib. Cards paint an opaque background first, so
 * Skia's premultiplied pixels equal the straight RGBA that PNG stores.
 */
function scanlines(rgba: Buffer, width: number, height: number): Buffer {
  const stride = width * 4;
  const out = Buffer.alloc(height * (stride + 1)); // zero-filled: every filter byte is already 0
  for (let y = 0; y < height; y++) rgba.copy(out, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return out;
}

export async function encodePng(canvas: Canvas): Promise<Buffer> {
  const { width, height } = canvas;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const data = await deflate(scanlines(canvas.data(), width, height), { level: LEVEL });
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', data),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
