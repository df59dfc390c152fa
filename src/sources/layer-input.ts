/**
 * What a `<frontier-layer>` gives to load: the bytes of its `src` (fetched within its limits) or its
 * inline text, with the content type that tells the format; and the words that describe a failure to
 * a site owner, naming the address and what to change.
 */
import type { FrontierLayerElement } from '../components/frontier-layer.ts';
import { fetchSource, SourceLoadError } from '../data/load-source.ts';
import { quote } from '../data/validate-geometry.ts';

export interface LayerInput {
  /** Bytes as fetched (a large source is decoded in the validation worker, not on the page), or text. */
  text: string | Uint8Array;
  contentType: string | null;
  /** The `src` attribute, trimmed; null for inline data. */
  src: string | null;
}

/** URLs are quoted up to this length in messages: enough to recognise one, not enough to flood. */
const URL_QUOTE_LIMIT = 120;

/** The layer's `src` (an empty one is none: fetching '' would fetch the page itself). */
export const layerSrc = (element: FrontierLayerElement): string | null => element.src?.trim() || null;

export async function readLayerInput(
  element: FrontierLayerElement,
  signal: AbortSignal,
): Promise<LayerInput> {
  const src = layerSrc(element);
  if (src === null) {
    const inline = element.inlineText;
    if (inline === null)
      throw new Error('has neither a src attribute nor an inline <script type="application/geo+json">');
    return { text: inline, contentType: element.inlineType, src };
  }
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    throw new Error(`src ${quote(src, URL_QUOTE_LIMIT)} is not a valid URL`);
  }
  const { maxBytes, timeoutMs } = element;
  const { bytes, contentType } = await fetchSource(url, { signal, maxBytes, timeoutMs });
  return { text: bytes, contentType, src };
}

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Advice a site owner can act on, after the plain description of the failure. */
const ADVICE: Partial<Record<SourceLoadError['failure'], string>> = {
  'too-large': " — raise the layer's max-bytes attribute to accept it",
  timeout: " — raise the layer's timeout-ms attribute, or try again with reload()",
};

/** "<url> answered HTTP 404 …", "the inline data is not valid JSON …", or the error's own words. */
export const loadErrorText = (error: unknown, src: string | null): string => {
  if (!(error instanceof SourceLoadError)) return errorText(error);
  const what = src === null ? 'the inline data' : quote(src, URL_QUOTE_LIMIT);
  return `${what} ${error.message}${ADVICE[error.failure] ?? ''}`;
};
