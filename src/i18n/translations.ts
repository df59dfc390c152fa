/**
 * Every shipped translation at once, imported statically: for tests and tools that read them side by
 * side. The element never imports this module; it loads a translation when it needs it
 * (`catalogues.ts`).
 */
import type { Lang } from './languages.ts';
import { en } from './locales/en.ts';
import { prs } from './locales/prs.ts';
import { ps } from './locales/ps.ts';
import { ur } from './locales/ur.ts';
import type { Translation } from './message.ts';

export const TRANSLATIONS: Readonly<Record<Lang, Translation>> = { en, ps, prs, ur };
