/**
 * The arguments of `npm run snapshot`, parsed and checked without side effects, so every mistake is
 * caught before a browser starts and reported in one line.
 */

/** A mistake in the command line; its message is the whole explanation. */
export class UsageError extends Error {}

export const USAGE = `usage: npm run snapshot -- --out FILE.png|FILE.pdf [options]
  --hash "#map=6/33.9/70.1&layers=…"   the view as the viewer's permalink holds it
  --center LAT,LNG --zoom N            the view (instead of --hash); default: the whole frontier
  --layers a,b   --from YYYY-MM-DD --to YYYY-MM-DD   layers and time window (instead of --hash)
  --heading TEXT                       the title printed above the map
  --width N --height N                 PNG size in CSS pixels (default 1200 × 800)
  --scale N                            PNG pixels per CSS pixel, 1 to 4 (default 2: sharp on any screen)
  --selected ID                        highlight this feature (default: no selection shown)
  --paper A4|Letter --landscape        PDF paper (default A4, portrait)
  --no-numbers                         PDF without the events' source numbers beside the markers
  --no-build                           use dist/app as it is, even when older than src/`;

/** Layer names the map knows (src/data/schema.ts LAYER_NAMES; a unit test keeps them in step). */
export const LAYER_NAMES = [
  'frontier',
  'strikes',
  'attacks',
  'militancy',
  'posts',
  'crossings',
  'venues',
  'statements',
  'buffers',
];

/** Paper sizes in inches, as Chromium's PDF printer names them. */
export const PAPER_INCHES = { A4: [8.27, 11.7], Letter: [8.5, 11] };

/** Page margin of the PDF, all round; the viewer's `@page` rule uses the same. */
export const MARGIN_MM = 10;

const VALUE_OPTIONS = new Set([
  'out',
  'hash',
  'center',
  'zoom',
  'layers',
  'from',
  'to',
  'heading',
  'width',
  'height',
  'paper',
  'scale',
  'selected',
]);
const FLAG_OPTIONS = new Set(['landscape', 'no-build', 'no-numbers', 'help']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Splits `argv` into options; `--name value` and `--name=value` both work. */
function tokenize(argv) {
  const values = {};
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index];
    if (token === '-h') {
      values.help = true;
      continue;
    }
    if (!token.startsWith('--'))
      throw new UsageError(`unexpected argument "${token}" (options start with --)`);
    const [name, inline] = token.slice(2).split(/=(.*)/s, 2);
    if (FLAG_OPTIONS.has(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      values[name] = true;
    } else if (VALUE_OPTIONS.has(name)) {
      const value = inline ?? argv[++index];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        throw new UsageError(`--${name} needs a value`);
      }
      if (name in values) throw new UsageError(`--${name} is given twice`);
      values[name] = value;
    } else {
      throw new UsageError(`unknown option --${name} (npm run snapshot -- --help lists them)`);
    }
  }
  return values;
}

function pixels(name, text) {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 100 || value > 8000) {
    throw new UsageError(`--${name} must be a whole number of pixels from 100 to 8000 (got "${text}")`);
  }
  return value;
}

function isCalendarDate(text) {
  if (!ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The element attributes that the view options become, checked. */
function viewAttributes(values) {
  const attributes = {};
  if (values.center !== undefined) {
    const parts = values.center.split(',').map((part) => part.trim());
    const [lat, lng] = parts.map(Number);
    if (
      parts.length !== 2 ||
      parts.some((part) => part === '') ||
      !(Math.abs(lat) <= 90 && Math.abs(lng) <= 180)
    ) {
      throw new UsageError(`--center must be "lat,lng" in degrees, e.g. 33.9,70.1 (got "${values.center}")`);
    }
    attributes.center = `${lat},${lng}`;
  }
  if (values.zoom !== undefined) {
    const zoom = Number(values.zoom);
    if (values.zoom.trim() === '' || !(zoom >= 0 && zoom <= 22)) {
      throw new UsageError(`--zoom must be a number from 0 to 22 (got "${values.zoom}")`);
    }
    attributes.zoom = String(zoom);
  }
  if (values.layers !== undefined) {
    const names = values.layers
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    const unknown = names.filter((name) => !LAYER_NAMES.includes(name));
    if (unknown.length) {
      throw new UsageError(
        `unknown layer ${unknown.join(', ')} in --layers (known: ${LAYER_NAMES.join(', ')})`,
      );
    }
    attributes.layers = names.join(',');
  }
  for (const key of ['from', 'to']) {
    if (values[key] === undefined) continue;
    if (!isCalendarDate(values[key]))
      throw new UsageError(`--${key} must be a date, YYYY-MM-DD (got "${values[key]}")`);
    attributes[key] = values[key];
  }
  if (attributes.from && attributes.to && attributes.from > attributes.to) {
    throw new UsageError(`--from ${attributes.from} is after --to ${attributes.to}`);
  }
  return attributes;
}

/** The permalink's hash without its `event=` part (the selected feature). */
export function withoutSelection(hash) {
  const parts = hash.slice(1).split('&');
  return `#${parts.filter((part) => !part.startsWith('event=')).join('&')}`;
}

/**
 * @param {string[]} argv the arguments after the script name
 * @returns {import('./snapshot-args.d.mts').SnapshotOptions}
 * @throws {UsageError}
 */
export function parseSnapshotArgs(argv) {
  const values = tokenize(argv);
  if (values.help) return { help: true };
  if (values.out === undefined)
    throw new UsageError('--out is required: the file to write, ending in .png or .pdf');
  const match = /\.(png|pdf)$/i.exec(values.out);
  if (!match) throw new UsageError(`--out must end in .png or .pdf (got "${values.out}")`);
  const format = match[1].toLowerCase();
  if (format === 'pdf' && (values.width !== undefined || values.height !== undefined)) {
    throw new UsageError('--width and --height size a PNG; a PDF takes --paper and --landscape');
  }
  if (format === 'png' && (values.paper !== undefined || values.landscape)) {
    throw new UsageError('--paper and --landscape are for a PDF; a PNG takes --width and --height');
  }
  if (format === 'png' && values['no-numbers']) {
    throw new UsageError('--no-numbers is for a PDF; a PNG carries no source numbers');
  }
  let paper = 'A4';
  if (values.paper !== undefined) {
    paper = Object.keys(PAPER_INCHES).find((name) => name.toLowerCase() === values.paper.toLowerCase());
    if (!paper) throw new UsageError(`--paper must be A4 or Letter (got "${values.paper}")`);
  }
  const attributes = viewAttributes(values);
  let hash = '';
  if (values.hash !== undefined) {
    const viewKeys = Object.keys(attributes);
    if (viewKeys.length)
      throw new UsageError(`--hash holds the view already; leave out --${viewKeys.join(', --')}`);
    hash = values.hash.startsWith('#') ? values.hash : `#${values.hash}`;
    if (hash.length < 2 || /\s/.test(hash))
      throw new UsageError(`--hash must be the permalink's hash (got "${values.hash}")`); // A permalink keeps the event its reader had open; an image shows a selection only when asked.
    if (values.selected === undefined) hash = withoutSelection(hash);
  }
  if (values.selected !== undefined) {
    if (!/^[\w.:-]{1,100}$/.test(values.selected))
      throw new UsageError(`--selected must be a feature id (got "${values.selected}")`);
    attributes.selected = values.selected;
  }
  if (format === 'pdf' && values.scale !== undefined) {
    throw new UsageError('--scale sizes a PNG; a PDF is vector at any zoom');
  }
  let scale = 2;
  if (values.scale !== undefined) {
    scale = Number(values.scale);
    if (!/^\d+(\.\d+)?$/.test(values.scale) || !(scale >= 1 && scale <= 4))
      throw new UsageError(`--scale must be a number from 1 to 4 (got "${values.scale}")`);
  }
  // The element's attribute: a PDF prints the events' source numbers unless asked not to.
  if (values['no-numbers']) attributes['no-print-numbers'] = '';
  if (values.heading !== undefined) {
    if (!values.heading.trim()) throw new UsageError('--heading must not be empty');
    attributes.heading = values.heading;
  }
  return {
    help: false,
    out: values.out,
    format,
    hash,
    attributes,
    width: values.width === undefined ? 1200 : pixels('width', values.width),
    height: values.height === undefined ? 800 : pixels('height', values.height),
    scale,
    paper,
    landscape: Boolean(values.landscape),
    build: !values['no-build'],
  };
}

/** The printable area of a page in CSS pixels (96 per inch), margins taken off. */
export function pageAreaPx(paper, landscape) {
  const [shortSide, longSide] = PAPER_INCHES[paper];
  const margin = (2 * MARGIN_MM) / 25.4;
  const width = ((landscape ? longSide : shortSide) - margin) * 96;
  const height = ((landscape ? shortSide : longSide) - margin) * 96;
  return { width: Math.floor(width), height: Math.floor(height) };
}
