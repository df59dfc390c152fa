/**
 * The built-in geography of a map (basemap, frontier, place labels, press figures, precomputed
 * bands): loaded once, lazily, and kept with the decoded countries so they are decoded once.
 */
import type { DefaultGeography } from '../data/default-data.ts';
import { type CountryFeature, decodeCountries } from '../map/basemap.ts';

export interface LoadedGeography extends DefaultGeography {
  countries: CountryFeature[];
}

export class GeographySource {
  /** The geography, once loaded; null before and after a failure. */
  geography: LoadedGeography | null = null;
  private load: Promise<LoadedGeography | null> | null = null;

  /**
   * Loads it (the first call only); resolves with it, or null after reporting why it failed.
   * `arrived` runs once, when it is there.
   */
  ensure(arrived: (geography: LoadedGeography) => void, failed: (reason: string) => void) {
    this.load ??= (async () => {
      try {
        const { loadDefaultGeography } = await import('../data/default-data.ts');
        const loaded = await loadDefaultGeography();
        this.geography = { ...loaded, countries: decodeCountries(loaded.basemap) };
        arrived(this.geography);
      } catch (error) {
        failed(`the basemap could not be loaded: ${error instanceof Error ? error.message : error}`);
      }
      return this.geography;
    })();
    return this.load;
  }

  /** Resolves once a load asked for has finished (at once when none was asked for). */
  async whenLoaded(): Promise<void> {
    await this.load;
  }
}
