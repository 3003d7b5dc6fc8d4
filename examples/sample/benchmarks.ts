/**
 * The thresholds the sample trust benchmarks against. National figures are the published ones
 * (../shared/realdata/README.md); how floor, coasting and top 15 % were derived is recorded in
 * docs/decisions/0401-sample-benchmarks.md.
 */
export interface Thresholds {
  floor: number;
  coasting: number;
  national: number;
  top15: number;
}

export const KS2_MEASURE = 'KS2 RWM EXS %';
export const P8_MEASURE = 'Progress 8';
export const A8_MEASURE = 'Attainment 8';
export const KS2_PROGRESS_MEASURE = 'KS2 maths progress';

/**
 * KS2 % meeting the expected standard in reading, writing and maths. Floor = 10th, coasting =
 * 25th, top 15 % = 85th percentile of the school distribution in the England extract for
 * 2016–2018 and 2024–2025; 2019 uses 2018's distances from national, 2022–2023 use 2024's.
 */
export const KS2_BENCHMARKS: Readonly<Record<number, Thresholds>> = {
  2016: { floor: 32, coasting: 43, national: 53, top15: 73 },
  2017: { floor: 41, coasting: 52, national: 61, top15: 79 },
  2018: { floor: 45, coasting: 57, national: 64, top15: 82 },
  2019: { floor: 46, coasting: 58, national: 65, top15: 83 },
  2022: { floor: 40, coasting: 50, national: 59, top15: 75 },
  2023: { floor: 41, coasting: 51, national: 60, top15: 76 },
  2024: { floor: 42, coasting: 52, national: 61, top15: 77 },
  2025: { floor: 43, coasting: 54, national: 62, top15: 78 },
};

/**
 * Progress 8 is 0 nationally by construction. −0.5 was the DfE floor standard and −0.25 its
 * coasting line; +0.5 is close to the 85th percentile of school P8 in 2017–2019 (0.45–0.49).
 * No P8 is published for 2025 (no KS2 baseline for that cohort), and none existed for 2020–2021.
 */
const P8: Thresholds = { floor: -0.5, coasting: -0.25, national: 0, top15: 0.5 };
export const P8_BENCHMARKS: Readonly<Record<number, Thresholds>> = Object.fromEntries(
  [2016, 2017, 2018, 2019, 2022, 2023, 2024].map((y) => [y, P8]),
);

/**
 * KS2 maths progress is 0 nationally by construction. −5 and −2.5 were the DfE's floor and
 * coasting lines for maths progress (2016–2018); top 15 % is the 85th percentile of school maths
 * progress in the England extract (2.6, 2.8, 2.6, 2.4 for 2016–2019; 2019's figure reused after).
 */
export const KS2_PROGRESS_BENCHMARKS: Readonly<Record<number, Thresholds>> = Object.fromEntries(
  ([[2016, 2.6], [2017, 2.8], [2018, 2.6], [2019, 2.4], [2022, 2.4], [2023, 2.4]] as const).map(([y, top15]) => [
    y,
    { floor: -5, coasting: -2.5, national: 0, top15 },
  ]),
);

/**
 * Attainment 8 (9–1 scale, so from 2017). National: the published 46.7 (2019), 48.8 (2022),
 * 46.3 (2023), 45.9 (2025); 2017, 2018 and 2024 use the median school in the England extract
 * instead (no national figure to hand). Floor, coasting, top 15 % = 10th, 25th, 85th percentile
 * of the extract; 2022–2023 keep 2024's distances from national.
 */
export const A8_BENCHMARKS: Readonly<Record<number, Thresholds>> = {
  2017: { floor: 35.4, coasting: 40.9, national: 46.0, top15: 54.4 },
  2018: { floor: 34.3, coasting: 40.5, national: 46.0, top15: 55.4 },
  2019: { floor: 34.4, coasting: 40.7, national: 46.7, top15: 55.3 },
  2022: { floor: 36.5, coasting: 43.0, national: 48.8, top15: 59.1 },
  2023: { floor: 34.0, coasting: 40.5, national: 46.3, top15: 56.6 },
  2024: { floor: 33.2, coasting: 39.7, national: 45.5, top15: 55.8 },
  2025: { floor: 33.2, coasting: 39.7, national: 45.9, top15: 55.5 },
};

/** Years with a KS2 RWM figure: no tests in 2020 and 2021. */
export const KS2_YEARS = [2016, 2017, 2018, 2019, 2022, 2023, 2024, 2025] as const;
/** Years with Progress 8: none in 2020–2021 and none for 2025. */
export const P8_YEARS = [2016, 2017, 2018, 2019, 2022, 2023, 2024] as const;
/** Attainment 8 on the 9–1 scale from 2017; published for 2025 even though Progress 8 was not. */
export const A8_YEARS = [2017, 2018, 2019, 2022, 2023, 2024, 2025] as const;
/** KS2 progress scores stop after 2023: the 2024 and 2025 cohorts had no KS1 baseline. */
export const KS2_PROGRESS_YEARS = [2016, 2017, 2018, 2019, 2022, 2023] as const;

/**
 * National persistent absence (% of pupils missing 10 % or more of sessions) by phase and
 * the summer the year ends in. Illustrative: rounded figures close to the DfE series "Pupil
 * absence in schools in England", written from memory and not checked against the release.
 * 2020 is absent (collection stopped in the first lockdown).
 */
export const NATIONAL_PA: readonly { phase: 'Primary' | 'Secondary'; year: number; value: number }[] = [
  ...[
    [2016, 8.2, 13.1],
    [2017, 8.3, 13.5],
    [2018, 8.7, 13.9],
    [2019, 8.2, 13.7],
    [2021, 8.8, 14.8],
    [2022, 17.7, 27.7],
    [2023, 16.2, 28.3],
    [2024, 14.7, 26.9],
    [2025, 13.8, 25.6],
  ].flatMap(([year, primary, secondary]) => [
    { phase: 'Primary' as const, year: year as number, value: primary as number },
    { phase: 'Secondary' as const, year: year as number, value: secondary as number },
  ]),
];

/** The value at band position p: the inverse of FRAMEWORK.md's piecewise-linear band position. */
export function valueAtBand(p: number, t: Thresholds): number {
  if (p < 1) return t.floor + p * (t.coasting - t.floor);
  if (p < 2) return t.coasting + (p - 1) * (t.national - t.coasting);
  return t.national + (p - 2) * (t.top15 - t.national);
}
