/**
 * A reactive controller that gives a Lit element its translator: resolved from the element's own
 * `lang` or its closest ancestor's on connect and before each update, and again when any `lang`
 * attribute in the document changes (a page switching language re-renders its maps).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Lang, resolveLanguage } from './languages.ts';
import { createTranslator, type Translator, type TranslatorOptions } from './translate.ts';

type Host = ReactiveControllerHost & HTMLElement;

export class LocaleController implements ReactiveController {
  private current: Translator;
  private readonly observer = new MutationObserver(() => this.refresh(true));

  constructor(
    private readonly host: Host,
    private readonly options: TranslatorOptions = {},
  ) {
    this.current = createTranslator('en', options);
    host.addController(this);
  }

  /** The translator of the element's language now. */
  get i18n(): Translator {
    return this.current;
  }

  /** The element's language now. */
  get lang(): Lang {
    return this.current.lang;
  }

  hostConnected(): void {
    this.refresh(false);
    // Attribute changes only, filtered to `lang`: cheap even on a large page.
    this.observer.observe(this.host.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  hostUpdate(): void {
    // The host's own `lang` may be a reactive property changed in this very update.
    this.refresh(false);
  }

  private refresh(requestUpdate: boolean): void {
    const lang = resolveLanguage(this.host);
    if (lang === this.current.lang) return;
    this.current = createTranslator(lang, this.options);
    if (requestUpdate) this.host.requestUpdate();
  }
}
