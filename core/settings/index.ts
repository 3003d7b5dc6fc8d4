export * from './types.js';
export * from './defaults.js';
export { readSettings, type SettingRow } from './read-settings.js';
export { SETTINGS_SHEET } from './find-settings-sheet.js';
export { SETTING_DEFS, type SettingDef, type SettingType } from './setting-defs.js';
export { settingsSheetRows } from './template.js';
export { settingsReferenceMarkdown } from './reference.js';
export { checkOrder } from './check-order.js';
