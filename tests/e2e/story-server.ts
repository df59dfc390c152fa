/**
 * Test-only pages beside the built viewer on the `vite preview` server, so that end-to-end tests of
 * behaviour run on the test story (tests/fixtures/story) and never on the shipped events:
 * - `/story.html`: the built viewer (dist/app/index.html, its own scripts and layout) with
 *   `no-default-data` and the story's two `<frontier-layer>`s inside its `<frontier-map>`;
 * - `/story-map.html` (tests/e2e/pages): a bare 480 × 360 static map of the story on the bundle;
 * - `/__story/*.geojson`: the story's files.
 * Served from the root so that the built pages' relative URLs (`./assets/…`) resolve.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const STORY_DIR = `${root}tests/fixtures/story/`;
const PAGES_DIR = `${root}tests/e2e/pages/`;

/** The viewer's map element as index.html writes it, and what the story page puts in its place. */
const VIEWER_MAP = '<frontier-map id="map" permalink cooperative="off"></frontier-map>';
const STORY_MAP =
  '<frontier-map id="map" permalink cooperative="off" no-default-data>' +
  '<frontier-layer name="Test story" src="__story/events.geojson"></frontier-layer>' +
  '<frontier-layer name="Test frontier" frontier src="__story/frontier.geojson"></frontier-layer>' +
  '</frontier-map>';

function storyViewer(): string {
  const html = readFileSync(`${root}dist/app/index.html`, 'utf8');
  if (!html.includes(VIEWER_MAP)) {
    throw new Error(`dist/app/index.html no longer holds ${VIEWER_MAP}: update tests/e2e/story-server.ts`);
  }
  return html.replace(VIEWER_MAP, STORY_MAP);
}

export function storyPages(): Plugin {
  return {
    name: 'frontier-test-story',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        const send = (type: string, body: string) => {
          response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
        };
        try {
          if (path === '/story.html') return send('text/html; charset=utf-8', storyViewer());
          if (path === '/story-map.html') {
            return send('text/html; charset=utf-8', readFileSync(`${PAGES_DIR}story-map.html`, 'utf8'));
          }
          const file = /^\/__story\/([a-z-]+\.geojson)$/.exec(path)?.[1];
          if (file) return send('application/geo+json', readFileSync(`${STORY_DIR}${file}`, 'utf8'));
        } catch (error) {
          response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
          return;
        }
        next();
      });
    },
  };
}
