import type { HostApi, HostInfo } from '../../ui/host-api.js';

/**
 * A HostApi whose implementation loads on first use. The pane's first paint needs only React and
 * Fluent; the core (tracker parser, settings validation) arrives in a second file while
 * the pane shows "Reading the workbook…", which keeps the initial download inside goal P9.
 */
export function lazyHost(info: HostInfo, load: () => Promise<HostApi>): HostApi {
  let loading: Promise<HostApi> | null = null;
  const host = (): Promise<HostApi> =>
    (loading ??= load().catch(() => {
      loading = null; // let the next click try again
      throw new Error('Pathway could not finish loading. Close the pane and open it again; if it repeats, check the connection to the server Pathway is installed from.');
    }));
  return {
    info: async () => info,
    overview: () => host().then((h) => h.overview()),
    setMapping: (sheet, field, column) => host().then((h) => h.setMapping(sheet, field, column)),
    categorise: (request, onProgress, signal) => host().then((h) => h.categorise(request, onProgress, signal)),
    readSettings: () => host().then((h) => h.readSettings()),
    writeSettings: (rows) => host().then((h) => h.writeSettings(rows)),
    goToCell: (sheet, cell) => host().then((h) => h.goToCell(sheet, cell)),
    openSheet: (name) => host().then((h) => h.openSheet(name)),
    runAction: (id, request, onProgress, signal) =>
      host().then((h) => {
        if (!h.runAction) throw new Error('This version of Pathway cannot run that.');
        return h.runAction(id, request, onProgress, signal);
      }),
  };
}
