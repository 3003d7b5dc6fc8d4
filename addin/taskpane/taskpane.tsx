import type { HostInfo } from '../../ui/host-api.js';
import { mountPane } from '../../ui/mount.js';
import { registerCommands } from '../commands/commands.js';
import { registerFunctions } from '../functions/functions.js';
import { ACTION_INFO } from '../../ui/host-side/action-list.js';
import { lazyHost } from './lazy-host.js';

// The shared runtime needs custom functions associated at load, before anything awaits.
registerFunctions();

const INFO: HostInfo = {
  kind: 'excel',
  label: 'Excel',
  commands: ['home', 'categorise', 'targets', 'plans', 'forms', 'broker', 'report', 'settings'],
  actions: ACTION_INFO,
};

Office.onReady(() => {
  const root = document.getElementById('root');
  if (!root) return;
  const host = lazyHost(INFO, () => import('./excel-host.js').then((m) => m.createExcelHost(INFO)));
  registerCommands(mountPane(root, host));
});
