import { deflateSync, inflateSync } from 'fflate';

/**
 * Just enough of the zip format for .xlsx: read the central directory, inflate a part on demand,
 * and write a new zip in which untouched parts are copied as they were stored (compressed bytes,
 * CRC and sizes unchanged) and only new parts are compressed. No ZIP64: workbooks are far smaller.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** The stored bytes (compressed when method is 8), a view into the file. */
  raw: Uint8Array;
}

export class ZipError extends Error {}

const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number) => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

export function readZip(bytes: Uint8Array): Map<string, ZipEntry> {
  // The end-of-central-directory record sits in the last 22 bytes plus any comment (≤ 65,535).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('no end-of-central-directory record (the file is cut short)');
  const count = u16(bytes, eocd + 10);
  let p = u32(bytes, eocd + 16);
  if (count === 0xffff || p === 0xffffffff) throw new ZipError('ZIP64 archives are not supported');
  const decoder = new TextDecoder();
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i++) {
    if (u32(bytes, p) !== 0x02014b50) throw new ZipError(`central directory entry ${i + 1} of ${count} is damaged`);
    const method = u16(bytes, p + 10);
    const crc = u32(bytes, p + 16);
    const compressedSize = u32(bytes, p + 20);
    const size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const local = u32(bytes, p + 42);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (u32(bytes, local) !== 0x04034b50) throw new ZipError(`the data of ${name} is missing`);
    const dataStart = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (dataStart + compressedSize > bytes.length) throw new ZipError(`${name} is cut short`);
    if (method !== 0 && method !== 8) throw new ZipError(`${name} uses compression method ${method}`);
    entries.set(name, { name, method, crc, compressedSize, size, raw: bytes.subarray(dataStart, dataStart + compressedSize) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** A part's bytes, inflated. */
export function entryData(e: ZipEntry): Uint8Array {
  if (e.method === 0) return e.raw;
  const out = inflateSync(e.raw, { out: new Uint8Array(e.size) });
  return out;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A new part, compressed here. */
export function newEntry(name: string, data: Uint8Array, level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 = 6): ZipEntry {
  const raw = deflateSync(data, { level });
  return { name, method: 8, crc: crc32(data), compressedSize: raw.length, size: data.length, raw };
}

/** Write the entries, in order, as a zip. Dates are fixed (1 Jan 1980) so the same parts give the same bytes. */
export function writeZip(entries: Iterable<ZipEntry>): Uint8Array {
  const encoder = new TextEncoder();
  const list = [...entries].map((e) => ({ e, name: encoder.encode(e.name) }));
  let total = 22;
  for (const { e, name } of list) total += 30 + name.length + e.compressedSize + 46 + name.length;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let p = 0;
  const offsets: number[] = [];
  const header = (sig: number, e: ZipEntry, name: Uint8Array, central: boolean, offset = 0) => {
    view.setUint32(p, sig, true);
    p += 4;
    if (central) {
      view.setUint16(p, 20, true); // made by
      p += 2;
    }
    view.setUint16(p, 20, true); // version needed
    view.setUint16(p + 2, 0x0800, true); // UTF-8 names, sizes in the header (no data descriptor)
    view.setUint16(p + 4, e.method, true);
    view.setUint16(p + 6, 0, true); // time 00:00
    view.setUint16(p + 8, (0 << 9) | (1 << 5) | 1, true); // 1980-01-01
    view.setUint32(p + 10, e.crc, true);
    view.setUint32(p + 14, e.compressedSize, true);
    view.setUint32(p + 18, e.size, true);
    view.setUint16(p + 22, name.length, true);
    view.setUint16(p + 24, 0, true); // extra
    p += 26;
    if (central) {
      view.setUint16(p, 0, true); // comment
      view.setUint16(p + 2, 0, true); // disk
      view.setUint16(p + 4, 0, true); // internal attributes
      view.setUint32(p + 6, 0, true); // external attributes
      view.setUint32(p + 10, offset, true);
      p += 14;
    }
    out.set(name, p);
    p += name.length;
  };
  for (const { e, name } of list) {
    offsets.push(p);
    header(0x04034b50, e, name, false);
    out.set(e.raw, p);
    p += e.compressedSize;
  }
  const dirStart = p;
  list.forEach(({ e, name }, i) => header(0x02014b50, e, name, true, offsets[i]));
  const dirSize = p - dirStart;
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 4, 0, true);
  view.setUint16(p + 6, 0, true);
  view.setUint16(p + 8, list.length, true);
  view.setUint16(p + 10, list.length, true);
  view.setUint32(p + 12, dirSize, true);
  view.setUint32(p + 16, dirStart, true);
  view.setUint16(p + 20, 0, true);
  return out;
}
