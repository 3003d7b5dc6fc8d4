import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// core/ must run unchanged in Excel's pane, in Apps Script and in Node: no host API, no I/O.
// tsconfig (lib ES2022, no types) catches most of this at compile time; this test names the file.
const BANNED: [RegExp, string][] = [
  [/\bExcel\s*\./, 'Excel'],
  [/\bOffice\s*\./, 'Office'],
  [/\bSpreadsheetApp\b/, 'SpreadsheetApp'],
  [/\bHtmlService\b/, 'HtmlService'],
  [/\bdocument\s*\./, 'document'],
  [/\bwindow\s*\./, 'window'],
  [/from\s+['"](node:)?(fs|path|child_process|os|http|https|net)['"]/, 'a Node module'],
  [/\bprocess\.(env|argv|stdout|exit)/, 'process'],
  [/\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon/, 'the network'],
  [/\bnew Date\s*\(\s*['"`]|Date\.parse\s*\(/, 'the built-in date parser'],
  [/\blocalStorage\b|\bsessionStorage\b/, 'browser storage'],
];

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('core/ is pure', () => {
  const files = tsFiles('core');
  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });
  it.each(files)('%s uses no host API, I/O, network or date-string parsing', (file) => {
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const found = BANNED.filter(([re]) => re.test(code)).map(([, what]) => what);
    expect(found, `${file} uses ${found.join(', ')}`).toEqual([]);
  });
});
