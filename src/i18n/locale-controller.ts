/**
 * A reactive controller that gives a Lit element its translator: resolved from the element's own
 * `lang` or its closest ancestor's on connect and before each update, and again when any `lang`
 * attribute in the document changes (a page switching language re-renders its maps). A language
 * whose translation is still loading keeps the element in its current language until it arrives;
 * `ready` says when it has.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadedTranslation, loadTranslation } from './catalogues.ts';
import { intlDatesLoaded, loadIntlDates } from './dates.ts';
import { type Lang, resolveLanguage } from './languages.ts';
import { createTranslator, type Translator, type TranslatorOptions } from './translate.ts';

type Host = ReactiveControllerHost & HTMLElement;

export class LocaleController implements ReactiveController {
  private current: Translator;
  /** The language asked for while its translation loads. */
  private wanted: Lang | null = null;
  private loading: Promise<void> | null = null;
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

  /**
   * Resolves once the element's language has its translation (at once when it has): an element may
   * wait for it before rendering, so that it does not show English first.
   */
  get ready(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  /** True while the translation of the element's language is on its way. */
  get pending(): boolean {
    return this.loading !== null;
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

  /** Resolves the element's language now (an update is about to start: see `scheduleUpdate`). */
  sync(): void {
    this.refresh(false);
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
    if (lang === this.current.lang) {
      // Back to the language it speaks: a load still on its way for another is no longer waited for.
      this.wanted = null;
      this.loading = null;
      return;
    }
    const strings = this.options.translation ?? loadedTranslation(lang);
    if (lang === 'en' || (strings && intlDatesLoaded())) {
      this.wanted = null;
      this.current = createTranslator(lang, this.options);
      if (requestUpdate) this.host.requestUpdate();
      return;
    }
    if (this.wanted === lang) return;
    this.wanted = lang;
    // A page's own translation still waits for the language's dates.
    const load = this.options.translation ? loadIntlDates() : loadTranslation(lang);
    const loading: Promise<void> = load.then(
      () => this.arrived(loading),
      // Without its file (offline, blocked), the language is spoken in English, marked as such.
      () => this.arrived(loading),
    );
    this.loading = loading;
  }

  private arrived(load: Promise<void>): void {
    if (this.loading !== load) return;
    this.loading = null;
    const wanted = this.wanted;
    this.wanted = null;
    if (!wanted || wanted !== resolveLanguage(this.host)) return;
    this.current = createTranslator(wanted, this.options);
    this.host.requestUpdate();
  }
}
