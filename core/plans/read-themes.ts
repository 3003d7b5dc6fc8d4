import { cellText } from '../grid/cell-text.js';
import type { Issue, SheetGrid } from '../grid/types.js';
import { findHeader, type FieldDef } from '../targets/_lib/header.js';
import { cellIn, dataRows, IssueLog } from '../targets/_lib/rows.js';
import type { ThemeDef } from './types.js';

type F = 'strategic' | 'theme' | 'tags' | 'lead';

/**
 * Headers of the trust's themes sheet: `Strategic priority` (its "Big 3") and `Theme` make one;
 * `Tag words` (comma- or semicolon-separated) say which school priorities belong to the theme.
 * A blank Strategic priority continues the one above.
 */
export const THEME_FIELDS: readonly FieldDef<F>[] = [
  { field: 'strategic', aliases: ['Strategic priority', 'Big 3', 'Trust priority', 'Strategic aim'], required: true },
  { field: 'theme', aliases: ['Theme', 'Common theme', 'Area of work'], required: true },
  { field: 'tags', aliases: ['Tag words', 'Tags', 'Keywords', 'Key words'] },
  { field: 'lead', aliases: ['Lead', 'Lead headteacher', 'Theme lead'] },
];

export function readThemeSheet(sheet: SheetGrid): { themes: ThemeDef[]; issues: Issue[] } | null {
  const header = findHeader(sheet.grid, THEME_FIELDS);
  if (!header) return null;
  const c = header.columns as Record<'strategic' | 'theme', number> & Partial<Record<F, number>>;
  const log = new IssueLog(sheet.name);
  const themes: ThemeDef[] = [];
  let strategic = '';
  for (const { row, cells } of dataRows(sheet.grid, header.row)) {
    strategic = cellText(cellIn(cells, c.strategic)) || strategic;
    const theme = cellText(cellIn(cells, c.theme));
    if (theme === '') continue;
    if (strategic === '') {
      log.at(row, c.strategic, `"${theme}" has no strategic priority above it, so it is listed under "Other".`, 'warning');
    }
    const tags = cellText(cellIn(cells, c.tags)).split(/[,;\n]/).map((t) => t.trim()).filter((t) => t !== '');
    themes.push({ strategic: strategic || 'Other', theme, tags, lead: cellText(cellIn(cells, c.lead)) || null });
  }
  return { themes, issues: log.issues };
}
