/// <reference types="office-js" />
import type { CommandId } from '../../ui/host-api.js';
import type { PaneHandle } from '../../ui/mount.js';

/** Ribbon actions (ExecuteFunction) → the view they open; the ids match manifest.xml's <FunctionName>s. */
export const RIBBON_ACTIONS: Record<string, CommandId> = {
  showCategorise: 'categorise',
  showTargets: 'targets',
  showForms: 'forms',
  showSettings: 'settings',
};

/**
 * In the shared runtime the pane is already loaded when a ribbon button runs, so a button switches
 * the pane's view and then shows the pane (docs/decisions/0501-ribbon-buttons-open-views.md).
 */
export function registerCommands(pane: PaneHandle): void {
  for (const [action, view] of Object.entries(RIBBON_ACTIONS)) {
    Office.actions.associate(action, (event: Office.AddinCommands.Event) => {
      pane.showView(view);
      Office.addin.showAsTaskpane().then(
        () => event.completed(),
        () => event.completed(),
      );
    });
  }
}
