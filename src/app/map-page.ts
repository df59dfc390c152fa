/**
 * The map-only page (map.html), for iframes: the title, the map filling the frame, and one line of
 * credit with the data's "as of" date and a link to the full viewer (opened with the same view).
 */
import '../define.ts';
import { latestSourceDate } from '../data/data-as-of.ts';

const map = document.querySelector('frontier-map');
const asOf = document.querySelector<HTMLElement>('.data-as-of');
const time = document.querySelector<HTMLTimeElement>('#data-as-of');
const fullViewer = document.querySelector<HTMLAnchorElement>('#full-viewer');

if (map && asOf && time) {
  void map.whenIdle().then(() => {
    const date = latestSourceDate(map.features);
    if (!date) return;
    time.dateTime = date;
    time.textContent = new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    asOf.hidden = false;
  });
}

// The full viewer opens at the view the reader has here.
if (map && fullViewer) {
  const follow = () => {
    fullViewer.href = new URL(`./${location.hash}`, location.href).href;
  };
  map.addEventListener('frontier-view-change', follow);
  follow();
}
