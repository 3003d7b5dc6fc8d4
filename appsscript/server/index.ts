// Every function the Google add-on exposes. The build wraps each in a top-level global
// (Apps Script calls only those), so this list is the server's whole public surface.
export { onInstall, onOpen, showSidebar } from './menu.js';
export {
  pathwayCategorise, pathwayGoToCell, pathwayRunAction, pathwayOpenSheet, pathwayOverview, pathwayReadSettings, pathwaySetMapping, pathwayWriteSettings,
} from './callbacks.js';
export { customFunction } from './custom-function.js';
export { MENU_ITEMS, SIDEBAR_FILE, START_VIEW_TAG, menuHandler } from './menu.js';
// The registry's definitions, so the build can generate one JSDoc'd wrapper per function.
export { FUNCTIONS } from '../../core/functions/registry.js';
