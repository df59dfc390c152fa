/**
 * The built-in geography of a map, fetched piece by piece as views need it (`piecesFor`): the coarse
 * basemap and labels for the opening view, the detailed basemap, provinces and town labels when the
 * map zooms in, the Durand Line and its facts with the default data, the buffers with their layer.
 * Each piece is fetched once, in parallel with the others, and decoded once.
 */
import {
  type DefaultGeography,
  type GeodataPieceTypes,
  loadGeodataPiece,
  type PlaceLabelCollection,
} from '../data/default-data.ts';
import { type GeodataNeeds, type GeodataPiece, piecesFor } from '../data/geodata-pieces.ts';
import {
  type CountryFeature,
  decodeCountries,
  decodeProvinceLines,
  type ProvinceLines,
} from '../map/basemap.ts';

/** The pieces loaded so far, decoded for drawing. */
export interface LoadedPieces {
  countriesLow?: CountryFeature[];
  countries?: CountryFeature[];
  provinceLines?: ProvinceLines;
  frontierLow?: GeodataPieceTypes['frontierLow'];
  frontier?: GeodataPieceTypes['frontier'];
  facts?: GeodataPieceTypes['facts'];
  buffers?: GeodataPieceTypes['buffers'];
  labels: Partial<Record<'labelsLow' | 'labelsMid' | 'labelsHigh', PlaceLabelCollection>>;
}

export class GeographySource {
  readonly pieces: LoadedPieces = { labels: {} };
  private readonly started = new Map<GeodataPiece, Promise<void>>();
  private readonly inFlight = new Set<Promise<void>>();

  /**
   * The Durand Line and its press figures, once both have loaded (null before, and on a page without
   * the default data).
   */
  get geography(): DefaultGeography | null {
    const { frontier, facts } = this.pieces;
    return frontier && facts ? { frontier, pressFigures: facts.pressFigures } : null;
  }

  /** The countries to tell the frontier's sides by: the detailed outlines when loaded, else the coarse. */
  get countries(): CountryFeature[] | undefined {
    return this.pieces.countries ?? this.pieces.countriesLow;
  }

  /**
   * Starts loading what `needs` calls for and is not loaded or loading yet; `arrived` runs once per
   * piece as it lands, `failed` once per piece that could not be loaded.
   */
  ensure(
    needs: GeodataNeeds,
    arrived: (piece: GeodataPiece) => void,
    failed: (reason: string) => void,
  ): Promise<void> {
    const wanted = piecesFor(needs).map((piece) => {
      let load = this.started.get(piece);
      if (!load) {
        load = this.load(piece).then(
          () => arrived(piece),
          (error) => {
            // A failed piece may be asked for again by the next view.
            this.started.delete(piece);
            failed(
              `the ${piece} geodata could not be loaded: ${error instanceof Error ? error.message : error}`,
            );
          },
        );
        this.started.set(piece, load);
        this.inFlight.add(load);
        void load.finally(() => this.inFlight.delete(load!));
      }
      return load;
    });
    return Promise.all(wanted).then(() => undefined);
  }

  private async load(piece: GeodataPiece): Promise<void> {
    const { pieces } = this;
    switch (piece) {
      case 'basemapLow':
        pieces.countriesLow = decodeCountries(await loadGeodataPiece(piece));
        return;
      case 'basemap':
        pieces.countries = decodeCountries(await loadGeodataPiece(piece));
        return;
      case 'provinces':
        pieces.provinceLines = decodeProvinceLines(await loadGeodataPiece(piece));
        return;
      case 'labelsLow':
      case 'labelsMid':
      case 'labelsHigh':
        pieces.labels[piece] = await loadGeodataPiece(piece);
        return;
      case 'frontierLow':
        pieces.frontierLow = await loadGeodataPiece(piece);
        return;
      case 'frontier':
        pieces.frontier = await loadGeodataPiece(piece);
        return;
      case 'facts':
        pieces.facts = await loadGeodataPiece(piece);
        return;
      case 'buffers':
        pieces.buffers = await loadGeodataPiece(piece);
        return;
    }
  }

  /** A load is in flight. */
  get busy(): boolean {
    return this.inFlight.size > 0;
  }

  /** Resolves once every load asked for so far has finished (loads started meanwhile too). */
  async whenLoaded(): Promise<void> {
    while (this.inFlight.size) await Promise.all(this.inFlight);
  }
}
