// The floor under any zip-level reader and writer: unzip every part of an .xlsx and zip them all
// again (fflate), decoding nothing. Not a library's read + write: no cell is parsed.
// Usage: <in.xlsx> <out.xlsx>
import { readFileSync, writeFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: zip-roundtrip <in.xlsx> <out.xlsx>');
writeFileSync(output, zipSync(unzipSync(readFileSync(input)), { level: 6 }));
