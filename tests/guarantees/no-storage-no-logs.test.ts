import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// R7 (../shared/GOALS.md): no telemetry, no cell data in logs, nothing stored outside the
// workbook. Every source file that runs inside Excel or Google Sheets (the core, the add-in, the
// shared pane and the Apps Script server and sidebar) is read for logging, browser or script
// storage, and analytics. The CLI is left out: it runs on the user's own machine and prints to
// their terminal by design. (Network APIs, R6, are checked in the built bundles.)

const SOURCES = ['core', 'addin', 'ui', 'appsscript'];
const BANNED: [RegExp, string][] = [
  [/\bconsole\s*\.\s*(log|info|warn|error|debug|trace|table|dir)\b/, 'console logging'],
  [/\bLogger\s*\.\s*log\b|\bconsole\.time\b/, 'Apps Script logging'],
  [/\blocalStorage\b|\bsessionStorage\b|\bindexedDB\b|\bdocument\s*\.\s*cookie\b|\bcaches\s*\.\s*open\b/, 'browser storage'],
  [/\bPropertiesService\b|\bCacheService\b/, 'Apps Script storage'],
  [/\bOffice\s*\.\s*context\s*\.\s*(roamingSettings|document\s*\.\s*settings)\b|\bOfficeRuntime\s*\.\s*storage\b/, 'Office storage'],
  [/\bgtag\b|\bappInsights\b|ApplicationInsights|\bmixpanel\b|\bsegment\.io\b|\bsentry\b|\bdatadog\b|\bposthog\b/i, 'analytics or telemetry'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(path) ? [path] : [];
  });
}

const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').replace(/<!--[\s\S]*?-->/g, '');

describe('code that runs in Excel or Google Sheets stores nothing and logs nothing (R7)', () => {
  const files = SOURCES.flatMap(sourceFiles);
  it('has the host and core sources to check', () => {
    for (const dir of SOURCES) expect(files.filter((f) => f.startsWith(dir)).length, dir).toBeGreaterThan(2);
  });

  it.each(files)('%s', (file) => {
    const code = withoutComments(readFileSync(file, 'utf8'));
    const found = BANNED.filter(([re]) => re.test(code)).map(([, what]) => what);
    expect(found, `${file} uses ${found.join(', ')}`).toEqual([]);
  });

  it('the scan catches what it is meant to', () => {
    const hits = (code: string) => BANNED.filter(([re]) => re.test(withoutComments(code))).map(([, what]) => what);
    expect(hits('console.log(grid[0])')).toEqual(['console logging']);
    expect(hits("window.localStorage.setItem('x', cell)")).toEqual(['browser storage']);
    expect(hits('PropertiesService.getDocumentProperties()')).toEqual(['Apps Script storage']);
    expect(hits('Office.context.roamingSettings.set("k", v)')).toEqual(['Office storage']);
    expect(hits('// console.log in a comment is fine\nconst a = 1;')).toEqual([]);
  });
});
