// ExcelJS alone: read an .xlsx and write it back, nothing else. Run as its own process by the
// bench so its time includes Node's start-up, like the CLI's does. Usage: <in.xlsx> <out.xlsx>
import ExcelJS from 'exceljs';

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: exceljs-roundtrip <in.xlsx> <out.xlsx>');
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(input);
await wb.xlsx.writeFile(output);
