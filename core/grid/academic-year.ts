/** The academic year an ISO date falls in, named by the summer it ends in: 2025-11-01 → 2026. */
export function academicYearOf(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return month >= 9 ? year + 1 : year;
}

/** An academic year as people write it: 2018 → "2017/18". */
export function yearLabel(year: number): string {
  return `${year - 1}/${String(year % 100).padStart(2, '0')}`;
}
