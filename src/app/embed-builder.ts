/** The embed builder page: a form, a live preview built from the real element, and the snippet. */
import '../define.ts';
import { LAYER_NAMES, type LayerName } from '../data/schema.ts';
import { parseHash } from '../data/view-state.ts';
import type { FrontierMapElement } from '../frontier-map.ts';
import { loadTranslation } from '../i18n/catalogues.ts';
import { buildEmbedSnippet, safeCssLength } from './embed-snippet.ts';
import { translatePage } from './page-language.ts';

// The builder opens in the viewer's language (`embed.html#lang=ps`); the preview map inherits it.
const lang = parseHash(location.hash).state.lang ?? 'en';
await loadTranslation(lang).catch(() => undefined);
const i18n = translatePage(lang);
const back = document.querySelector<HTMLAnchorElement>('#back-to-map');
if (back && lang !== 'en') back.href = `./#lang=${lang}`;

const form = document.querySelector<HTMLFormElement>('#builder-form')!;
const host = document.querySelector<HTMLElement>('#preview-host')!;
const snippet = document.querySelector<HTMLTextAreaElement>('#snippet')!;
const readout = document.querySelector<HTMLOutputElement>('#view-readout')!;
const layerChoices = document.querySelector<HTMLFieldSetElement>('#layer-choices')!;

const preview = document.createElement('frontier-map') as FrontierMapElement;
preview.style.display = 'block';
host.append(preview);
const list = document.createElement('frontier-event-list');
list.setAttribute('for', 'builder-preview');
preview.id = 'builder-preview';

for (const layer of LAYER_NAMES) {
  const label = document.createElement('label');
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.name = 'layer';
  input.value = layer;
  input.checked = layer !== 'statements' && layer !== 'buffers';
  label.append(input, ` ${i18n.t(`layer.${layer}`)}`);
  layerChoices.append(label);
}

let view: { center: [number, number]; zoom: number } | undefined;
const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;

function update(): void {
  const layers = [...form.querySelectorAll<HTMLInputElement>('input[name="layer"]:checked')].map(
    (input) => input.value as LayerName,
  );
  const from = field('from').value || undefined;
  const to = field('to').value || undefined;
  const heightPx = Number(field('height').value) || 480;
  const mode = (form.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value ?? 'element') as
    | 'element'
    | 'iframe'
    | 'viewer';
  preview.style.width = safeCssLength(field('width').value, '100%');
  preview.style.height = `${Math.min(Math.max(heightPx, 200), 2000)}px`;
  preview.layers = layers.join(',');
  preview.from = from ?? null;
  preview.to = to ?? null;
  preview.static = field('static').checked;
  preview.heading = field('heading').value || preview.heading;
  if (field('list').checked) host.append(list);
  else list.remove();
  const base = new URL('.', location.href);
  snippet.value = buildEmbedSnippet({
    scriptUrl: new URL('frontier-map.js', base).href,
    viewerUrl: new URL('index.html', base).href,
    mapPageUrl: new URL('map.html', base).href,
    width: field('width').value,
    heightPx,
    ...(field('keepView').checked && view ? { view } : {}),
    layers,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    static: field('static').checked,
    list: field('list').checked,
    ...(field('heading').value ? { heading: field('heading').value } : {}),
    mode,
    lang,
    iframeTitle: i18n.t('builder.iframeTitle'),
  });
}

preview.addEventListener('frontier-view-change', (event) => {
  const { center, zoom } = event.detail.state;
  view = { center, zoom: Math.round(zoom * 4) / 4 };
  readout.value = i18n.t('builder.readout', center[1], center[0], view.zoom);
  if (field('keepView').checked) update();
});
form.addEventListener('input', update);
form.addEventListener('change', update);
document.querySelector('#copy')!.addEventListener('click', async () => {
  const status = document.querySelector('#copy-status')!;
  try {
    await navigator.clipboard.writeText(snippet.value);
    status.textContent = i18n.t('builder.copied');
  } catch {
    snippet.select();
    status.textContent = i18n.t('builder.selected');
  }
});
update();
