// SheetJS (@e965/xlsx) alone: read an .xlsx with its cells and write it back. Run as its own
// process by bench/io.bench.ts, so its time includes Node's start-up as the CLI's does.
// Usage: <in.xlsx> <out.xlsx>
import { readFileSync, writeFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: sheetjs-roundtrip <in.xlsx> <out.xlsx>');
const wb = XLSX.read(readFileSync(input), { type: 'buffer', cellDates: false });
writeFileSync(output, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }));
