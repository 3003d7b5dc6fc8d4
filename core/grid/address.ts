/** Zero-based column index → letters: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Zero-based row and column → A1 address: (0, 0) → "A1". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Letters → zero-based column index: "A" → 0, "AA" → 26. Returns -1 for anything else. */
export function columnIndex(letters: string): number {
  const s = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(s)) return -1;
  let n = 0;
  for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address → zero-based row and column: "B3" → { row: 2, col: 1 }. Null for anything else. */
export function parseCellAddress(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) return null;
  const row = Number(m[2]) - 1;
  return row < 0 ? null : { row, col: columnIndex(m[1]!) };
}
