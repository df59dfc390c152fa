/** What the owner of a `MapView` gives it: its mode, its language, and what it calls back. */
import type { FrontierFeature } from '../data/schema.ts';
import type { Translator } from '../i18n/translate.ts';

export interface MapViewOptions {
  static: boolean;
  /** Width in px that overlays (the legend) cover on the right, so fitting keeps features clear of it. */
  rightInset?: () => number;
  /** Height in px from the map's top that the legend covers, for a story framed below it. */
  topInset?: () => number;
  /** Client rectangles of the overlays over the map (the legend), kept clear of place names. */
  covered?: () => DOMRect[];
  onChoose: (feature: FrontierFeature) => void;
  /** The map came to rest after a move (any: the user's, a fit, a fly to a selection). */
  onViewChange: () => void;
  /** Adds the fullscreen button; it calls this. */
  onToggleFullscreen?: () => void;
  /** The map's language: controls, markers' names and place names; right to left mirrors the controls. */
  i18n: Translator;
  /** Whether the wheel and one finger are left to the page now (default: in an iframe or a page that scrolls). */
  cooperative?: () => boolean;
  /** The source numbers to print beside each feature's marker (null: none, as on screen). */
  referenceNumbers?: () => ReadonlyMap<string, readonly number[]> | null;
}
