import type { HostApi, HostInfo } from '../../ui/host-api.js';
import type { XlRequestContext } from '../office/excel-model.js';
import { plainOfficeError } from '../office/office-errors.js';
import { OfficeWorkbook } from '../office/office-workbook.js';
import { createCoreHost, type WorkbookSession } from './core-host.js';
import { localToday } from './today.js';

/** One user command = one Excel.run with its own adapter, so nothing stale crosses commands. */
const excelSession: WorkbookSession = async (work) => {
  try {
    return await Excel.run(async (ctx) => {
      const wb = new OfficeWorkbook(ctx as unknown as XlRequestContext);
      const out = await work(wb);
      await wb.flush();
      return out;
    });
  } catch (err) {
    // The core's own errors (cancelled, nothing to read) already speak plainly.
    if (err instanceof Error && !('code' in err)) throw err;
    throw plainOfficeError(err);
  }
};

export function createExcelHost(info: HostInfo): HostApi {
  return createCoreHost({ info, session: excelSession, today: localToday });
}
