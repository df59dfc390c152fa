/**
 * Checks of single properties of a feature: text, claims, sources, links and colours. Each either
 * returns the value as it is to be kept (known keys only, copied) or rejects the feature with a
 * message naming the property.
 */
import type { Claim, Source } from './schema.ts';
import { describe, reject } from './validate-geometry.ts';
import { isIsoDate } from './view-state.ts';

/** The property as text, or undefined when absent or null; anything else rejects the feature. */
export const optionalString = (properties: Record<string, unknown>, key: string): string | undefined => {
  const value = properties[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return reject(`property "${key}" must be text, got ${describe(value)}`);
  return value;
};

/** Parses a URL and keeps it only when it is http(s). */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const CSS_COLOR = /^(#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|(rgb|hsl)a?\(\s*[\d.%\s,/+-]+\)|[a-z]{3,20})$/i;

/** A CSS colour that cannot smuggle in other declarations; null otherwise. */
export function safeCssColor(value: unknown): string | null {
  return typeof value === 'string' && CSS_COLOR.test(value.trim()) ? value.trim() : null;
}

export function checkClaims(value: unknown): Claim[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) return reject('property "claims" must be a list of { by, claim }');
  return value.map((item, index) => {
    const { by, claim } = (item ?? {}) as { by?: unknown; claim?: unknown };
    if (typeof by !== 'string' || typeof claim !== 'string') {
      return reject(`claim ${index + 1} needs text "by" and "claim"`);
    }
    return { by, claim };
  });
}

/**
 * A source's date: a day (`2025-10-19`), or only the month (`2025-12`) or year (`2026`) when that is
 * all that is known of an undated page (then `dateApprox` is usually set too).
 */
export function isSourceDate(value: unknown): value is string {
  return isIsoDate(value) || (typeof value === 'string' && /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(value));
}

export function checkSources(value: unknown): Source[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) return reject('property "sources" must be a list of { url, publisher, date }');
  return value.map((item, index) => {
    const { url, publisher, date, dateApprox } = (item ?? {}) as Record<string, unknown>;
    const href = safeHttpUrl(url);
    if (!href) return reject(`source ${index + 1}: URL ${describe(url)} is not an http(s) address`);
    const source: Source = {
      url: href,
      publisher: typeof publisher === 'string' ? publisher : new URL(href).host,
    };
    if (date !== undefined) {
      if (!isSourceDate(date)) {
        return reject(`source ${index + 1}: date ${describe(date)} is not yyyy-mm-dd, yyyy-mm or yyyy`);
      }
      source.date = date;
    }
    if (dateApprox === true) source.dateApprox = true;
    return source;
  });
}
