/**
 * The app pages' own text in the reader's language. The markup names its strings by catalogue key
 * (`data-i18n="app.title"` for text, `data-i18n-attr="aria-label:app.language"` for attributes,
 * `data-i18n-title` on `<html>` for the document title); one call writes them all and sets the page's
 * `lang` and `dir`, so the whole page mirrors right to left with the map. The same catalogues as the
 * elements: a string missing in a locale shows in English, marked `lang="en" dir="ltr"`.
 */
import { directionOf, HTML_LANG, LANGUAGES, type Lang, normalizeLanguage } from '../i18n/languages.ts';
import type { MessageArgs, MessageKey } from '../i18n/message.ts';
import { createTranslator, type Translator } from '../i18n/translate.ts';

/** Keys of the strings that take no arguments: the ones a page's markup may name. */
export type PlainKey = { [K in MessageKey]: MessageArgs<K> extends [] ? K : never }[MessageKey];

/** The languages of the switch, each named in itself. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = {
  en: 'English',
  ps: 'پښتو',
  prs: 'دری',
  ur: 'اردو',
};

/** Every key named in a page's markup (`data-i18n`, `data-i18n-attr`, `data-i18n-title`). */
export function keysInMarkup(html: string): string[] {
  const keys = [...html.matchAll(/data-i18n(?:-title)?="([^"]+)"/g)].map((match) => match[1]!);
  for (const match of html.matchAll(/data-i18n-attr="([^"]+)"/g)) {
    for (const pair of match[1]!.split(';')) keys.push(pair.split(':')[1]!.trim());
  }
  return keys;
}

/** Writes the page's strings in `lang` and sets `<html lang dir>`; returns the translator used. */
export function translatePage(lang: Lang, doc: Document = document): Translator {
  const i18n = createTranslator(lang);
  const root = doc.documentElement;
  root.lang = HTML_LANG[lang];
  root.dir = directionOf(lang);
  for (const element of doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = i18n.local(element.dataset.i18n as PlainKey);
    element.textContent = text.text;
    // A stand-in English string inside a right-to-left page is marked and isolated.
    if (text.fallback) {
      element.lang = 'en';
      element.dir = 'ltr';
    } else if (element.lang === 'en') {
      element.removeAttribute('lang');
      element.removeAttribute('dir');
    }
  }
  for (const element of doc.querySelectorAll<HTMLElement>('[data-i18n-attr]')) {
    for (const pair of (element.dataset.i18nAttr ?? '').split(';')) {
      const [name, key] = pair.split(':').map((part) => part.trim());
      if (name && key) element.setAttribute(name, i18n.t(key as PlainKey));
    }
  }
  const title = root.dataset.i18nTitle;
  if (title) doc.title = i18n.t(title as PlainKey);
  return i18n;
}

/**
 * Fills a language switch: one button per language, named in its own language and script, the
 * current one pressed. `choose` is called with the language picked.
 */
export function renderLanguageSwitch(
  container: HTMLElement,
  current: Lang,
  choose: (lang: Lang) => void,
): void {
  if (!container.querySelector('button[data-lang]')) {
    for (const lang of LANGUAGES) {
      const button = container.ownerDocument.createElement('button');
      button.type = 'button';
      button.dataset.lang = lang;
      button.lang = HTML_LANG[lang];
      button.dir = directionOf(lang);
      button.textContent = LANGUAGE_NAMES[lang];
      container.append(button);
    }
    container.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-lang]');
      const lang = normalizeLanguage(button?.dataset.lang);
      if (lang) choose(lang);
    });
  }
  for (const button of container.querySelectorAll<HTMLButtonElement>('button[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === current));
  }
}
