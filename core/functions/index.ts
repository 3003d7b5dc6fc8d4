// The custom-function registry: one definition per function, wrapped one line each by the hosts.
export { FUNCTIONS, callFunction } from './registry.js';
export { functionsReference } from './reference-doc.js';
export { FEATURE_COLUMNS } from './trajectory.js';
