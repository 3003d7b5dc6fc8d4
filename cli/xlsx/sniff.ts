// What a file really is, from its first bytes and (for a zip) its parts, so a file Pathway cannot
// read gets a message that says what it is and what to do, and a valid workbook is never "damaged".

export type FileKind =
  | { kind: 'zip' }
  | { kind: 'encrypted' }
  | { kind: 'xls' }
  | { kind: 'ole' }
  | { kind: 'empty' }
  | { kind: 'text' }
  | { kind: 'unknown' };

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Whether the UTF-16LE form of `name` occurs in the bytes (OLE directory entries are UTF-16). */
function hasUtf16(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let i = 0; i + name.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++) if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

export function sniff(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return { kind: 'empty' };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return { kind: 'zip' };
  if (startsWith(bytes, OLE)) {
    // An encrypted .xlsx is an OLE file holding EncryptionInfo and EncryptedPackage streams.
    if (hasUtf16(bytes, 'EncryptedPackage') || hasUtf16(bytes, 'EncryptionInfo')) return { kind: 'encrypted' };
    if (hasUtf16(bytes, 'Workbook') || hasUtf16(bytes, 'Book')) return { kind: 'xls' };
    return { kind: 'ole' };
  }
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512));
  // eslint-disable-next-line no-control-regex
  if (!/[\x00-\x08\x0e-\x1f]/.test(head)) return { kind: 'text' };
  return { kind: 'unknown' };
}

/** The plain message for a file that is not a readable workbook; null when it is a zip to open. */
export function notAWorkbook(kind: FileKind, path: string): string | null {
  switch (kind.kind) {
    case 'zip':
      return null;
    case 'empty':
      return `${path} is empty (0 bytes). It may not have finished saving or copying: save it again from Excel as .xlsx.`;
    case 'encrypted':
      return `${path} is protected with a password, so Pathway cannot read it. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear the box), and save it as .xlsx.`;
    case 'xls':
      return `${path} is an Excel 97-2003 workbook (.xls), which Pathway does not read. Open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx).`;
    case 'ole':
      return `${path} is an Office file of an older kind, not an .xlsx workbook. Open it in Excel and save it as an Excel Workbook (.xlsx).`;
    case 'text':
      return `${path} is a text file (CSV or HTML, perhaps saved with a spreadsheet's name), not an .xlsx workbook. Open it in Excel and save it as .xlsx, or put CSV files in a folder and run Pathway on the folder.`;
    case 'unknown':
      return `${path} is not an .xlsx workbook. Open it in Excel and save it as an Excel Workbook (.xlsx).`;
  }
}
