/** The full-page viewer: the same elements a site owner embeds, on one page. */
import '../define.ts';
import { type ExportFormat, exportFileName } from '../data/export.ts';

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** "78 events and 35 sites": what a download holds, named as the legend names it. */
export function eventsAndSites(events: number, sites: number): string {
  return `${plural(events, 'event', 'events')} and ${plural(sites, 'site', 'sites')}`;
}

/**
 * "Download": the features the map shows now (its layers and time window) as GeoJSON or CSV, through
 * the map's public API, so an embedding page can do the same.
 */
function wireDownload(map: HTMLElementTagNameMap['frontier-map'], control: HTMLElement): void {
  const count = control.querySelector('.download-count')!;
  // Counted again only when what it counts changed: a pan changes the view, not the features.
  let counted: { features: readonly unknown[]; key: string } | null = null;
  const showCount = () => {
    const key = [map.visibleLayers.join(), map.from, map.to].join('|');
    if (counted?.features === map.features && counted.key === key) return;
    counted = { features: map.features, key };
    // The same counts as the legend's: dated events, and undated sites (posts, crossings, venues).
    count.textContent = eventsAndSites(map.state.shownEvents, map.state.shownSites);
  };
  for (const type of ['frontier-ready', 'frontier-features-change', 'frontier-view-change']) {
    map.addEventListener(type, showCount);
  }
  control.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-format]');
    if (!button) return;
    const format = button.dataset.format as ExportFormat;
    const text = map.exportData(format);
    // A byte-order mark makes spreadsheet programs read the CSV as UTF-8 (place names, dashes).
    const parts = format === 'csv' ? ['\uFEFF', text] : [text];
    const blob = new Blob(parts, {
      type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/geo+json',
    });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = exportFileName(format, { from: map.from, to: map.to });
    link.click();
    // The download has started from the URL by the next task; then it can go.
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  });
}

const viewerMap = document.querySelector('frontier-map');
const downloadControl = document.querySelector<HTMLElement>('.download');
if (viewerMap && downloadControl) wireDownload(viewerMap, downloadControl);

/** "Download PNG": the map as it is now, heading and legend drawn in, through its public snapshot(). */
function wireSnapshot(map: HTMLElementTagNameMap['frontier-map'], button: HTMLButtonElement): void {
  const status = document.getElementById('snapshot-status');
  button.addEventListener('click', async () => {
    button.disabled = true;
    if (status) status.textContent = '';
    try {
      const blob = await map.snapshot({ type: 'image/png' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = 'frontier-map.png';
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 0);
    } catch (error) {
      if (status) status.textContent = `No PNG: ${error instanceof Error ? error.message : error}`;
    } finally {
      button.disabled = false;
    }
  });
}

const snapshotButton = document.querySelector<HTMLButtonElement>('#download-png');
if (viewerMap && snapshotButton) wireSnapshot(viewerMap, snapshotButton);

/**
 * Skip links: to the map, its timeline and the event list. They move focus without touching the
 * address (the permalink keeps the map's state in the hash) and without jumping the page more than
 * focusing does.
 */
function wireSkipLinks(map: HTMLElementTagNameMap['frontier-map']): void {
  const targets: Record<string, () => HTMLElement | null | undefined> = {
    map: () => map.shadowRoot?.querySelector<HTMLElement>('.map'),
    timeline: () =>
      map.shadowRoot
        ?.querySelector('frontier-timeline')
        ?.shadowRoot?.querySelector<HTMLElement>('button, [tabindex]'),
    list: () => document.querySelector<HTMLElement>('frontier-event-list'),
  };
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-skip]')) {
    link.addEventListener('click', (event) => {
      const target = targets[link.dataset.skip ?? '']?.();
      if (!target) return;
      event.preventDefault();
      if (!target.hasAttribute('tabindex') && target.localName === 'frontier-event-list')
        target.tabIndex = -1;
      target.focus();
    });
  }
}

if (viewerMap) wireSkipLinks(viewerMap);
