#!/usr/bin/env bash
# Render one generated monitoring form as a reviewer will print it: the sample schedule → forms
# (pathway forms generate) → one form alone in a workbook → LibreOffice PDF → PNG in docs/.
# Needs libreoffice (Debian: libreoffice-calc-nogui) and pdftoppm (poppler-utils). Not part of the tests.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
# Inside the repository (out/ is ignored by git) so the helper script resolves exceljs and runs as ESM.
mkdir -p "$ROOT/out"
TMP="$(mktemp -d "$ROOT/out/render-form.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
command -v libreoffice >/dev/null || { echo "libreoffice is missing: apt-get install -y libreoffice-calc-nogui" >&2; exit 1; }
command -v pdftoppm >/dev/null || { echo "pdftoppm is missing: apt-get install -y poppler-utils" >&2; exit 1; }

cat > "$TMP/prepare.mts" <<TS
import ExcelJS from 'exceljs';
import { addFormsSheets } from '$ROOT/examples/forms-sheets.ts';
import { run } from '$ROOT/cli/commands/forms.ts';

const schedule = new ExcelJS.Workbook();
addFormsSheets(schedule);
await schedule.xlsx.writeFile('$TMP/schedule.xlsx');
const io = { out: () => {}, err: (t: string) => process.stderr.write(t) };
if ((await run(['generate', '$TMP/schedule.xlsx', '-o', '$TMP/forms.xlsx', '--as-of', '2026-03-31', '--rows', '6'], io)) !== 0) process.exit(1);
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile('$TMP/forms.xlsx');
for (const ws of [...wb.worksheets]) if (!ws.name.startsWith('Pathway Form ')) wb.removeWorksheet(ws.id);
await wb.xlsx.writeFile('$TMP/form.xlsx');
TS
(cd "$ROOT" && npx tsx "$TMP/prepare.mts")
libreoffice --headless --convert-to pdf --outdir "$TMP" "$TMP/form.xlsx" >/dev/null
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$TMP/form.pdf" "$TMP/form"
mkdir -p "$ROOT/docs/screenshots"
cp "$TMP/form.png" "$ROOT/docs/screenshots/form.png"
echo "Wrote docs/screenshots/form.png ($(pdfinfo "$TMP/form.pdf" 2>/dev/null | grep -E '^Pages' | tr -s ' ' || echo 'pages: ?'))"
