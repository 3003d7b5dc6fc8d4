import type { Settings } from './types.js';

/**
 * Settings that must stand in order with each other. Each rule names the paths it involves so a
 * failing rule can be reported on the cells that broke it and those settings set back.
 */
/** Each broken ordering rule with the paths it involves. */
export function checkOrder(s: Settings): { paths: string[]; message: string }[] {
  const broken: { paths: string[]; message: string }[] = [];
  const rule = (okay: boolean, paths: string[], message: string) => {
    if (!okay) broken.push({ paths, message });
  };
  const [t1, t2, t3] = s.derive.turnoverBands;
  rule(t1 > t2 && t2 > t3, ['derive.turnoverBands.0', 'derive.turnoverBands.1', 'derive.turnoverBands.2'], 'the staffing turnover figures must fall from strand 1 to strand 3');
  rule(s.derive.reservesTargetMin <= s.derive.reservesTargetMax, ['derive.reservesTargetMin', 'derive.reservesTargetMax'], 'the reserves target minimum must not exceed the maximum');
  const [b1, b2, b3] = s.risk.bands;
  rule(b1 < b2 && b2 < b3, ['risk.bands.0', 'risk.bands.1', 'risk.bands.2'], 'the risk bands must rise from Low to High');
  rule(s.trajectory.minPoints <= s.trajectory.points, ['trajectory.minPoints', 'trajectory.points'], 'the minimum points must not exceed the points used');
  rule(s.risk.wellBelowSome.share < s.risk.wellBelowHigh.share, ['risk.wellBelowSome.share', 'risk.wellBelowHigh.share'], 'the "some targets" share must be below the "many targets" share');
  rule(s.trajectory.steadySlope < s.trajectory.bSlope, ['trajectory.steadySlope', 'trajectory.bSlope'], 'the steady slope must be below the rapid improver slope');
  rule(s.trajectory.cSlope < -s.trajectory.steadySlope, ['trajectory.cSlope', 'trajectory.steadySlope'], 'the rapid decliner slope must be below minus the steady slope');
  for (const [name, m] of Object.entries(s.measures)) {
    rule(m.min === null || m.max === null || m.min < m.max, [`measures.${name}.min`, `measures.${name}.max`], `${name}: the minimum must be below the maximum`);
  }
  return broken;
}
