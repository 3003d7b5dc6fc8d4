import { mountPane } from '../../ui/mount.js';
import { registerCommands } from '../commands/commands.js';
import { registerFunctions } from '../functions/functions.js';
import type { XlRequestContext } from '../office/excel-model.js';
import { plainOfficeError } from '../office/office-errors.js';
import { OfficeWorkbook } from '../office/office-workbook.js';
import { createCoreHost, type WorkbookSession } from './core-host.js';
import { localToday } from './today.js';

// The shared runtime needs custom functions associated at load, before anything awaits.
registerFunctions();

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
    if (err instanceof Error && err.name === 'CancelledError') throw err;
    throw plainOfficeError(err);
  }
};

Office.onReady(() => {
  const host = createCoreHost({
    info: { kind: 'excel', label: 'Excel', commands: ['home', 'categorise', 'settings'] },
    session: excelSession,
    today: localToday,
  });
  const root = document.getElementById('root');
  if (!root) return;
  registerCommands(mountPane(root, host));
});
