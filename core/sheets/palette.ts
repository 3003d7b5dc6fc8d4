/**
 * The RAG colours every output sheet uses, as Excel's own "Good / Neutral / Bad" cell styles
 * so they look familiar to a business manager. Keys are the words the cells hold.
 */
export interface Swatch {
  fill: string;
  font: string;
}

const GREEN: Swatch = { fill: 'C6EFCE', font: '006100' };
const DEEP_GREEN: Swatch = { fill: 'A9D08E', font: '1E4620' };
const AMBER: Swatch = { fill: 'FFEB9C', font: '9C5700' };
const RED: Swatch = { fill: 'FFC7CE', font: '9C0006' };
const DEEP_RED: Swatch = { fill: 'C00000', font: 'FFFFFF' };
const GREY: Swatch = { fill: 'EDEDED', font: '595959' };

export const PHASE_COLOURS: Record<string, Swatch> = {
  Sustain: DEEP_GREEN,
  Improve: GREEN,
  Repair: AMBER,
  Stabilise: RED,
  'Insufficient evidence': GREY,
};

export const CATEGORY_COLOURS: Record<string, Swatch> = {
  A: DEEP_GREEN,
  B: GREEN,
  C: GREEN,
  D: AMBER,
  E: RED,
};

export const RISK_COLOURS: Record<string, Swatch> = {
  Low: GREEN,
  Medium: AMBER,
  High: RED,
  Critical: DEEP_RED,
};

export const CAPACITY_COLOURS: Record<string, Swatch> = {
  giver: GREEN,
  taker: AMBER,
};

export const SEVERITY_COLOURS: Record<string, Swatch> = {
  error: RED,
  warning: AMBER,
};

export const HEADER_FILL = '1F4E78';
export const HEADER_FONT = 'FFFFFF';
export const TITLE_FONT = '1F4E78';
export const TAB_COLOUR = '2E75B6';
