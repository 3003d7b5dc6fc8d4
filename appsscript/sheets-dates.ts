/**
 * Apps Script's getValues() hands date cells over as Date objects: the instant of the cell's
 * wall-clock time in the spreadsheet's time zone. The core wants Excel serials (decision 0002),
 * so every Date is turned back into the wall-clock time it showed, in that zone, before
 * anything leaves the adapter. Pure JavaScript per cell: no service call grows with rows (P4).
 */
const DAY_MS = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
/** Sheets counts 1900 correctly; Excel has a phantom 29 Feb 1900 (serial 60) before 1 March. */
const FIRST_SHARED_SERIAL = 61;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function zoneFormatter(timeZone: string): Intl.DateTimeFormat | null {
  try {
    return new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
      hourCycle: 'h23',
    });
  } catch {
    // An unknown zone name: fall back to the script's own zone, which is the spreadsheet's in practice.
    return null;
  }
}

function wallClock(date: Date, fmt: Intl.DateTimeFormat | null): WallClock {
  if (!fmt) {
    return {
      year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate(),
      hour: date.getHours(), minute: date.getMinutes(), second: date.getSeconds(),
    };
  }
  const part: Record<string, number> = {};
  for (const p of fmt.formatToParts(date)) if (p.type !== 'literal') part[p.type] = Number(p.value);
  return {
    year: part.year ?? 1899, month: part.month ?? 12, day: part.day ?? 30,
    hour: part.hour ?? 0, minute: part.minute ?? 0, second: part.second ?? 0,
  };
}

/** A converter from Sheets Date values to Excel serial numbers for one spreadsheet's zone. */
export function dateToSerialIn(timeZone: string): (date: Date) => number {
  const fmt = zoneFormatter(timeZone);
  return (date) => {
    const w = wallClock(date, fmt);
    const utc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, date.getMilliseconds());
    const serial = (utc - SERIAL_EPOCH) / DAY_MS;
    return serial >= 1 && serial < FIRST_SHARED_SERIAL ? serial - 1 : serial;
  };
}
