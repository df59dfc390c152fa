/**
 * What the map's controllers may know of the element they serve: its settings (the attributes) and
 * a few actions. Typed as an interface rather than the element class, so controllers and the element
 * do not import each other and a controller can be tested on a plain host.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Translator } from '../i18n/translate.ts';

/** The `<frontier-map>` attributes, as properties. */
export interface FrontierMapSettings {
  center: string | null;
  zoom: number | null;
  layers: string | null;
  from: string | null;
  to: string | null;
  bufferKm: string;
  tiles: string | null;
  attribution: string | null;
  noDefaultData: boolean;
  noPrintNumbers: boolean;
  permalink: boolean;
  heading: string | null;
  label: string | null;
  selected: string | null;
  static: boolean;
  renderer: string;
  theme: string;
  cooperative: string | null;
}

/** The element as its controllers see it. */
export interface FrontierMapHost extends ReactiveControllerHost, HTMLElement, FrontierMapSettings {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly hasUpdated: boolean;
  /** Chooses a feature as a person would (a cancelable `frontier-select` first). */
  select(id: string | null): boolean;
  toggleFullscreen(): Promise<void>;
  /** The map's language now (its own `lang`, else the closest ancestor's). */
  readonly locale: { readonly i18n: Translator };
}
