import type { CommandId } from '../../ui/host-api.js';
import { htmlService, spreadsheetApp } from './globals.js';
import { MESSAGES } from './messages.js';

/** The Apps Script file the build writes the sidebar to (Sidebar.html). */
export const SIDEBAR_FILE = 'Sidebar';

/** The sidebar reads the view to open from this tag; the server fills it in per menu item. */
export const START_VIEW_TAG = '<meta name="pathway-start-view" content="home">';

/** Menu item → global function it calls; the build emits one global wrapper per name. */
export const MENU_ITEMS: readonly { caption: string; fn: string; view: CommandId }[] = [
  { caption: MESSAGES.menu.open, fn: 'pathwayMenuOpen', view: 'home' },
  { caption: MESSAGES.menu.categorise, fn: 'pathwayMenuCategorise', view: 'categorise' },
  { caption: MESSAGES.menu.targets, fn: 'pathwayMenuTargets', view: 'targets' },
  { caption: MESSAGES.menu.forms, fn: 'pathwayMenuForms', view: 'forms' },
  { caption: MESSAGES.menu.settings, fn: 'pathwayMenuSettings', view: 'settings' },
];

/**
 * Runs in AuthMode.NONE for a freshly installed add-on, so it only builds the menu: no reads,
 * no properties, nothing that needs authorisation.
 */
export function onOpen(): void {
  const menu = spreadsheetApp().getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.fn);
  menu.addToUi();
}

export function onInstall(): void {
  onOpen();
}

export function showSidebar(view: CommandId = 'home'): void {
  const page = htmlService().createHtmlOutputFromFile(SIDEBAR_FILE).getContent();
  const opened = page.replace(START_VIEW_TAG, START_VIEW_TAG.replace('"home"', JSON.stringify(view)));
  const html = htmlService().createHtmlOutput(opened).setTitle(MESSAGES.sidebarTitle);
  spreadsheetApp().getUi().showSidebar(html);
}

export function menuHandler(view: CommandId): () => void {
  return () => showSidebar(view);
}
