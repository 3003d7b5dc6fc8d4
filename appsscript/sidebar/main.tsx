import { mountPane } from '../../ui/mount.js';
import type { CommandId } from '../../ui/host-api.js';
import { createGoogleHost, type ScriptRun } from './google-host.js';

declare const google: { script: { run: ScriptRun } };

const VIEWS: CommandId[] = ['home', 'categorise', 'settings', 'targets', 'plans', 'forms', 'broker', 'report'];

/** The server writes the menu item's view into this tag when it opens the sidebar. */
function startView(): CommandId {
  const asked = document.querySelector('meta[name="pathway-start-view"]')?.getAttribute('content') ?? 'home';
  return (VIEWS as string[]).includes(asked) ? (asked as CommandId) : 'home';
}

const root = document.getElementById('pathway-root');
if (root) mountPane(root, createGoogleHost({ run: () => google.script.run, startView: startView() }));
