import { deflateSync } from 'node:zlib';

// Pathway's ribbon icon drawn at build time: a rounded teal square with a white rising path,
// so no binary files need committing and every size is crisp.
const TEAL = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function pixel(x: number, y: number, n: number): number[] | null {
  const r = n * 0.18;
  const inCorner = (cx: number, cy: number) => (x - cx) ** 2 + (y - cy) ** 2 > r * r;
  if ((x < r && y < r && inCorner(r, r)) || (x > n - r && y < r && inCorner(n - r, r))) return null;
  if ((x < r && y > n - r && inCorner(r, n - r)) || (x > n - r && y > n - r && inCorner(n - r, n - r))) return null;
  // A path climbing from bottom-left to top-right, in three steps.
  const t = n * 0.12;
  const steps = [
    [0.15, 0.75, 0.45],
    [0.4, 0.5, 0.7],
    [0.65, 0.25, 0.9],
  ];
  for (const [x0, yy, x1] of steps) {
    if (x >= n * x0! && x <= n * x1! && Math.abs(y - n * yy!) <= t / 2) return WHITE;
  }
  return TEAL;
}

/** A square RGBA PNG of the Pathway icon at `size` pixels. */
export function iconPng(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const p = pixel(x + 0.5, y + 0.5, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      if (p) {
        raw[o] = p[0]!;
        raw[o + 1] = p[1]!;
        raw[o + 2] = p[2]!;
        raw[o + 3] = 255;
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

export const ICON_SIZES = [16, 32, 64, 80] as const;
