// Writing SpreadsheetML text safely.

/** XML 1.0 forbids most control characters even as references: OOXML spells them _xHHHH_. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;

export function escapeXml(s: string): string {
  let out = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  // A literal "_x0041_" in the text must not read back as an escape: its underscore is escaped first.
  out = out.replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1');
  return out.replace(CONTROL, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}
