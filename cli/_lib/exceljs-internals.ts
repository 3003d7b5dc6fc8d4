import type { DataValidation, Worksheet } from 'exceljs';

/**
 * Parts of ExcelJS 4.4's worksheet that work and round-trip but are missing from its
 * type definitions. Kept in one place so an upgrade shows at once what to re-check.
 */
interface WorksheetInternals {
  orderNo: number;
  dataValidations: { add(address: string, validation: DataValidation): void };
}

export function internals(ws: Worksheet): WorksheetInternals {
  return ws as unknown as WorksheetInternals;
}
