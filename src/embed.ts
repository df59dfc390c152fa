/** The one-file bundle entry: loading `dist/frontier-map.js` registers the elements. */
import './define.ts';

export { defineFrontierElements } from './define.ts';
export * from './index.ts';
