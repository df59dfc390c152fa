/** The public API: elements, events, data types and pure helpers. Importing this defines nothing. */
export { FrontierEventListElement } from './components/event-list/frontier-event-list.ts';
export { FrontierLayerElement } from './components/frontier-layer.ts';
export { FrontierTimelineElement } from './components/timeline/frontier-timeline.ts';
export { latestSourceDate } from './data/data-as-of.ts';
export { EXPORT_LICENCE, type ExportFormat, exportCsv, exportGeoJson } from './data/export.ts';
export * from './data/schema.ts';
export { type SourceFormat, sourceFormatOf } from './data/source-format.ts';
export { type ValidationProblem, type ValidationResult, validateGeoJson } from './data/validate.ts';
export { formatHash, parseHash, type ViewState } from './data/view-state.ts';
export * from './events.ts';
export { FrontierMapElement } from './frontier-map.ts';
export { createFrontierIndex, type FrontierIndex } from './geo/frontier-index.ts';
