export * from './types.js';
export * from './defaults.js';
export { readSettings, type SettingRow } from './read-settings.js';
