/**
 * Lit helpers that put translated or data text on screen in the right language and direction.
 * Text only: everything goes through Lit text bindings, never markup.
 */
import { html, type TemplateResult } from 'lit';
import type { LocalText } from './translate.ts';

/**
 * A translated string as a text node, or, when English stood in for a missing translation, as
 * `<span lang="en" dir="ltr">`: the `dir` attribute isolates it (HTML gives `[dir]` `unicode-bidi:
 * isolate`), so an English phrase cannot reorder the right-to-left words around it.
 */
export function renderLocal(text: LocalText): TemplateResult | string {
  return text.fallback ? html`<span lang=${text.htmlLang} dir=${text.dir}>${text.text}</span>` : text.text;
}

/**
 * Text of unknown direction from data (a publisher, an actor, a title not translated): isolated
 * with `<bdi>` so "Dawn" or "ISPR" keeps its order inside a Pashto sentence, with its language
 * when known.
 */
export function renderIsolated(text: string, lang?: string): TemplateResult {
  return lang ? html`<bdi lang=${lang}>${text}</bdi>` : html`<bdi>${text}</bdi>`;
}
