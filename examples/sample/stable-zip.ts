/**
 * ExcelJS stamps every part of the .xlsx zip with the time of writing, so two builds of the same
 * workbook differ byte for byte. This rewrites those stamps to one fixed date (walking the zip's
 * central directory), which makes the committed sample reproducible and reviewable as a diff.
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function dosStamp(y: number, m: number, d: number): { date: number; time: number } {
  return { date: ((y - 1980) << 9) | (m << 5) | d, time: 0 };
}

export function withFixedZipDates(buf: Buffer, [y, m, d]: [number, number, number]): Buffer {
  const out = Buffer.from(buf);
  const { date, time } = dosStamp(y, m, d);
  let eocd = out.length - 22;
  while (eocd >= 0 && out.readUInt32LE(eocd) !== EOCD) eocd--;
  if (eocd < 0) throw new Error('Not a zip file: no end-of-central-directory record');
  const count = out.readUInt16LE(eocd + 10);
  let at = out.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (out.readUInt32LE(at) !== CENTRAL) throw new Error(`Zip central directory entry ${i} is malformed`);
    out.writeUInt16LE(time, at + 12);
    out.writeUInt16LE(date, at + 14);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) !== LOCAL) throw new Error(`Zip local header ${i} is malformed`);
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(date, local + 12);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}
