import ExcelJS from 'exceljs';
import { mountPane } from '../../ui/mount.js';
import { ACTION_INFO } from '../../ui/host-side/action-list.js';
import { createCoreHost } from '../taskpane/core-host.js';
import { localToday } from '../taskpane/today.js';
import { MemoryWorkbook } from './memory-workbook.js';
import { renderBook } from './sheet-view.js';
import { workbookGrids } from './xlsx-grids.js';

/**
 * The browser preview host: the same pane as Excel's, over the same core, with a workbook read
 * from an .xlsx by ExcelJS in the page. The file comes from the page's own server (?file=…).
 */
async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const file = params.get('file') ?? 'trust-tracker.xlsx';
  const bytes = await (await fetch(file)).arrayBuffer();
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(bytes);
  const book = new MemoryWorkbook(workbookGrids(excel));
  let active = book.sheets[0]?.name ?? '';
  const bookRoot = document.getElementById('book')!;
  book.onChange(() => {
    if (book.selection) active = book.selection.sheet;
    renderBook(bookRoot, book, active);
  });
  renderBook(bookRoot, book, active);
  const host = createCoreHost({
    info: { kind: 'preview', label: 'Browser preview', commands: ['home', 'categorise', 'targets', 'plans', 'forms', 'broker', 'report', 'settings'], actions: ACTION_INFO },
    session: async (work) => {
      const out = await work(book);
      await book.flush();
      return out;
    },
    today: () => params.get('today') ?? localToday(),
  });
  mountPane(document.getElementById('pane')!, host);
}

start().catch((err: unknown) => {
  document.getElementById('pane')!.textContent = `The preview could not open the workbook: ${err instanceof Error ? err.message : String(err)}`;
});
