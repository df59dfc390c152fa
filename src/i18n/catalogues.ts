/**
 * The translations, English always at hand and the others loaded when a map first speaks them: each
 * is several kilobytes of a script most readers of a given page never need (and so are the dates of
 * Pashto, Dari and Urdu, which load with the first of them). A language whose
 * translation has not arrived yet is spoken in English, marked as such, until it does.
 */
import { loadIntlDates } from './dates.ts';
import type { Lang } from './languages.ts';
import { en } from './locales/en.ts';
import type { Translation } from './message.ts';

const LOADERS: Readonly<Record<Exclude<Lang, 'en'>, () => Promise<Translation>>> = {
  ps: () => import('./locales/ps.ts').then((module) => module.ps),
  prs: () => import('./locales/prs.ts').then((module) => module.prs),
  ur: () => import('./locales/ur.ts').then((module) => module.ur),
};

const loaded = new Map<Lang, Translation>([['en', en]]);
const loading = new Map<Lang, Promise<Translation>>();

/** The translation of `lang` if it has loaded, else undefined (see `loadTranslation`). */
export function loadedTranslation(lang: Lang): Translation | undefined {
  return loaded.get(lang);
}

/**
 * Loads the translation of `lang` (once; later calls share the load). Rejects when its file cannot
 * be fetched; a later call tries again.
 */
export function loadTranslation(lang: Lang): Promise<Translation> {
  const ready = loaded.get(lang);
  if (ready) return Promise.resolve(ready);
  let load = loading.get(lang);
  if (!load) {
    // A language's dates (its calendars, month names) come with its strings.
    load = Promise.all([LOADERS[lang as Exclude<Lang, 'en'>](), loadIntlDates()]).then(
      ([translation]) => {
        loaded.set(lang, translation);
        loading.delete(lang);
        return translation;
      },
      (error: unknown) => {
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, load);
  }
  return load;
}
