import type { Swatch } from '../../sheets/palette.js';
import { PROGRESS_LABELS } from '../types.js';

// The same Excel "Good / Neutral / Bad" family the other Pathway sheets use.
const DEEP_GREEN: Swatch = { fill: 'A9D08E', font: '1E4620' };
const GREEN: Swatch = { fill: 'C6EFCE', font: '006100' };
const AMBER: Swatch = { fill: 'FFEB9C', font: '9C5700' };
const RED: Swatch = { fill: 'FFC7CE', font: '9C0006' };

export const PROGRESS_COLOURS: Record<string, Swatch> = {
  [PROGRESS_LABELS.above]: DEEP_GREEN,
  [PROGRESS_LABELS['on track']]: GREEN,
  [PROGRESS_LABELS['slightly below']]: AMBER,
  [PROGRESS_LABELS['well below']]: RED,
};

export const YES_NO_COLOURS: Record<string, Swatch> = { Yes: GREEN, No: AMBER };

export const FLAG_COLOURS: Record<string, Swatch> = { 'Learn from': DEEP_GREEN };

export const RAG_COLOURS: Record<string, Swatch> = { Green: GREEN, Amber: AMBER, Red: RED, G: GREEN, A: AMBER, R: RED };

export const LEVEL_COLOURS: Record<string, Swatch> = {
  Problem: RED,
  Overdue: RED,
  Warning: AMBER,
  CPD: { fill: 'DDEBF7', font: '1F4E78' },
};
