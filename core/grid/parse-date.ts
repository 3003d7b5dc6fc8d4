import { cellText } from './cell-text.js';
import { missingReason } from './missing.js';
import { fail, gap, ok, type Parsed } from './parsed.js';
import type { Cell } from './types.js';

const MAX_SERIAL = 2958465; // 9999-12-31, Excel's last date
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3).toLowerCase());

/** Days from 1970-01-01 to a civil date (proleptic Gregorian), without the Date parser. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const EPOCH = daysFromCivil(1899, 12, 30);
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function isoOf(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

function daysInMonth(y: number, m: number): number {
  return [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

/**
 * Excel serial → ISO date. From serial 61 (1900-03-01) on this is the 1899-12-30 epoch. Serial 60
 * is Excel's 29 Feb 1900, a day that never existed, so it is refused; serials 1–59 keep Excel's
 * own reading (1 = 1900-01-01), which is one day later than the epoch arithmetic gives.
 */
export function isoFromSerial(serial: number): Parsed<string> {
  if (!Number.isFinite(serial)) return fail('the date is not a finite number');
  const whole = Math.floor(serial);
  if (whole === 60) return fail('serial 60 is 29 February 1900, a day Excel counts but that never existed');
  if (whole < 1 || whole > MAX_SERIAL) return fail(`${serial} is outside the range of spreadsheet dates`);
  const days = EPOCH + whole + (whole < 60 ? 1 : 0);
  const [y, m, d] = civilFromDays(days);
  return ok(isoOf(y, m, d));
}

/** ISO date → Excel serial, the inverse of `isoFromSerial` (null when the text is not a real date). */
export function serialFromIso(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  const serial = daysFromCivil(y, m, d) - EPOCH;
  const excel = serial < 61 ? serial - 1 : serial;
  return excel >= 1 && excel <= MAX_SERIAL ? excel : null;
}

function checked(y: number, m: number, d: number, text: string): Parsed<string> {
  if (m < 1 || m > 12) return fail(`"${text}" has no month ${m} (dates are read day first: dd/mm/yyyy)`);
  if (d < 1 || d > daysInMonth(y, m)) return fail(`"${text}" is not a real date: ${MONTH_NAMES[m - 1]} ${y} has no day ${d}`);
  return ok(isoOf(y, m, d));
}

/** Two-digit years follow Excel's own cut-off: 00–29 are 2000s, 30–99 are 1900s. */
function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 4 ? n : n < 30 ? 2000 + n : 1900 + n;
}

function parseTextDate(text: string): Parsed<string> {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]), text);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:\s+[\d:]+)?$/.exec(text);
  if (dmy) return checked(fullYear(dmy[3] ?? ''), Number(dmy[2]), Number(dmy[1]), text);
  const named = /^(\d{1,2})(?:st|nd|rd|th)?[\s/-]+([a-z]+)\.?,?[\s/-]+(\d{4}|\d{2})$/i.exec(text);
  if (named) {
    const month = MONTHS.indexOf((named[2] ?? '').slice(0, 3).toLowerCase()) + 1;
    if (month > 0) return checked(fullYear(named[3] ?? ''), month, Number(named[1]), text);
  }
  return fail(`"${text}" is not a date Pathway can read; use dd/mm/yyyy (day first) or yyyy-mm-dd`);
}

/**
 * Read a date as ISO 'YYYY-MM-DD'. Numbers are Excel serials; text is read only day first
 * ("01/04/2018" is 1 April), as ISO ("2018-04-01") or with a month name ("1 April 2018").
 * Never uses the built-in date parser, which reads "01/04/2018" month first.
 *
 * @example parseDate("01/04/2018") // { ok: true, value: "2018-04-01" }
 */
export function parseDate(cell: Cell): Parsed<string> {
  if (typeof cell === 'number') return isoFromSerial(cell);
  if (typeof cell === 'boolean') return fail(`${cell ? 'TRUE' : 'FALSE'} is not a date`);
  const missing = missingReason(cell);
  if (missing !== null) return gap(missing);
  return parseTextDate(cellText(cell));
}
