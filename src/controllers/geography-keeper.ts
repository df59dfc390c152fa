/**
 * Keeps a map's built-in geography in step with its view: asks the source for the pieces the zoom,
 * the default data and the buffers layer call for, and as each arrives hands it on (the Durand Line
 * and its bands to the frontier keeper, the basemap and names to the view). Owned by the map's
 * controller, which says when the view moved or a setting changed.
 */
import type { GeodataPiece } from '../data/geodata-pieces.ts';
import type { LayerName } from '../data/schema.ts';
import type { MapView } from '../map/map-view.ts';
import type { FrontierLineKeeper } from '../sources/frontier-line-keeper.ts';
import type { GeographySource } from '../sources/geography-source.ts';

export interface GeographyKeeperOptions {
  source: GeographySource;
  frontier: FrontierLineKeeper;
  view: () => MapView | null;
  /** The zoom the geography is for: the view's, or before it is placed the one it will open at. */
  zoom: () => number;
  defaults: () => boolean;
  layers: () => readonly LayerName[];
  reportProblem: (message: string) => void;
  /** A piece arrived (or failed, `failed` true) and is drawn. */
  changed: (failed: boolean) => void;
}

export class GeographyKeeper {
  /** The frontier analysis has the Durand Line (it needs the line, its facts and the countries). */
  private analysed = false;

  constructor(private readonly options: GeographyKeeperOptions) {}

  /** Loads what the view needs now; each piece is drawn as it lands. */
  request(): void {
    const { options } = this;
    const zoom = options.zoom();
    void options.source.ensure(
      {
        zoom: Number.isFinite(zoom) ? zoom : 5,
        defaults: options.defaults(),
        buffers: options.layers().includes('buffers'),
      },
      (piece) => this.arrived(piece),
      (reason) => {
        options.reportProblem(reason);
        options.changed(true);
      },
    );
  }

  private arrived(piece: GeodataPiece): void {
    const { source, frontier } = this.options;
    const { pieces, geography, countries } = source;
    if (piece === 'buffers' && pieces.buffers) frontier.setDefaultBuffers(pieces.buffers);
    else if (piece === 'frontierLow') frontier.setLowLine(pieces.frontierLow?.features[0]);
    // The line's sides are told by the countries: the analysis starts once both are there.
    if (geography && countries && !this.analysed) {
      this.analysed = true;
      frontier.setGeography(geography, countries);
      frontier.setLowLine(pieces.frontierLow?.features[0]);
    }
    this.draw();
    // Either drawing of the line tells where the opening view goes: the view is placed (and the
    // markers drawn) without waiting for the analysis, which needs the countries too.
    if ((piece === 'frontierLow' || piece === 'frontier') && this.options.defaults()) {
      const line = pieces[piece]?.features[0];
      if (line) this.options.view()?.camera.hintFrontier(line);
    }
    this.options.changed(false);
  }

  /** Draws what has loaded so far on the view (a new view draws it all at once). */
  draw(): void {
    const view = this.options.view();
    if (!view) return;
    const { pieces } = this.options.source;
    view.setBasemap({
      countriesLow: pieces.countriesLow,
      countries: pieces.countries,
      provinceLines: pieces.provinceLines,
      labels: Object.values(pieces.labels),
    });
    this.options.frontier.draw();
    view.setVisibleLayers(this.options.layers());
  }
}
