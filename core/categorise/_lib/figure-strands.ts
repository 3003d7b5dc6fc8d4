import type { Settings } from '../../settings/types.js';
import type { DerivedScore } from '../outcomes-strand.js';
import { fmt, tidy } from './words.js';

type Derive = Settings['derive'];
/** A derived score, or why none could be derived. */
export type Derivation = DerivedScore | { score: null; reason: string };

/** Attendance from persistent absence against the national figure for the same phase (pp difference). */
export function attendanceStrand(pa: number | undefined, national: { year: number; value: number } | null, d: Derive): Derivation | null {
  if (pa === undefined) return null;
  if (!national) return { score: null, reason: `Attendance not worked out: persistent absence ${fmt(pa)} % is recorded but there is no national figure for the school's phase of education.` };
  const diff = tidy(pa - national.value);
  const vs = `persistent absence ${fmt(pa)} % against national ${fmt(national.value)} % (${national.year})`;
  if (diff >= d.paFarAbove) return { score: 1, reason: `Attendance 1 from data: ${vs}, ${fmt(d.paFarAbove)} points or more above.` };
  if (diff > 0) return { score: 2, reason: `Attendance 2 from data: ${vs}, above national by less than ${fmt(d.paFarAbove)} points.` };
  if (diff > -d.paWellBelow) return { score: 3, reason: `Attendance 3 from data: ${vs}, in line with national.` };
  return { score: 4, reason: `Attendance 4 from data: ${vs}, ${fmt(d.paWellBelow)} points or more below.` };
}

/** Finance from reserves and the in-year balance, both as % of income. */
export function financeStrand(reserves: number | undefined, balance: number | undefined, d: Derive): Derivation | null {
  if (reserves === undefined && balance === undefined) return null;
  if (reserves !== undefined && reserves < 0) return { score: 1, reason: `Finance 1 from data: reserves are negative (${fmt(reserves)} % of income).` };
  // Judging a surplus or a deficit without the other figure could hide negative reserves or an
  // overspend, so a score needs both.
  if (reserves === undefined || balance === undefined) {
    return { score: null, reason: `Finance not worked out: it needs both reserves and the in-year balance (% of income); only ${reserves === undefined ? 'the in-year balance' : 'reserves'} is recorded.` };
  }
  const tol = d.balancedTolerance;
  if (balance < -tol) return { score: 2, reason: `Finance 2 from data: in-year deficit of ${fmt(-balance)} % of income.` };
  if (balance <= tol) return { score: 3, reason: `Finance 3 from data: in-year balance ${fmt(balance)} % is within ±${fmt(tol)} % (balanced).` };
  const band = `${fmt(d.reservesTargetMin)}–${fmt(d.reservesTargetMax)} %`;
  if (reserves >= d.reservesTargetMin && reserves <= d.reservesTargetMax) {
    return { score: 4, reason: `Finance 4 from data: in-year surplus of ${fmt(balance)} % with reserves of ${fmt(reserves)} %, inside the target band ${band}.` };
  }
  return { score: 3, reason: `Finance 3 from data: in-year surplus of ${fmt(balance)} %, but reserves of ${fmt(reserves)} % are outside the target band ${band}.` };
}

/** Staffing from teacher turnover %, against the trust's three bands. */
export function staffingStrand(turnover: number | undefined, d: Derive): Derivation | null {
  if (turnover === undefined) return null;
  const [b1, b2, b3] = d.turnoverBands;
  const t = `teacher turnover ${fmt(turnover)} %`;
  if (turnover >= b1) return { score: 1, reason: `Staffing 1 from data: ${t}, at or above ${fmt(b1)} %.` };
  if (turnover >= b2) return { score: 2, reason: `Staffing 2 from data: ${t}, at or above ${fmt(b2)} %.` };
  if (turnover >= b3) return { score: 3, reason: `Staffing 3 from data: ${t}, at or above ${fmt(b3)} %.` };
  return { score: 4, reason: `Staffing 4 from data: ${t}, below ${fmt(b3)} %.` };
}
