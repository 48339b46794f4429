/**
 * The entry: exports exactly the functions Apps Script calls (menu items, triggers,
 * google.script.run). The build turns each export into a top-level function of dist/Code.js.
 */
export { onOpen } from './gas/menu';
