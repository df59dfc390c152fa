/** Dates as people read them. Pure, so every part (panel, list, timeline, print) says them alike. */

import { MONTHS_SHORT as MONTHS } from './time-bins.ts';

/**
 * "9 Oct 2025", "11–12 Oct 2025", "30 Oct – 2 Nov 2025": readable in any locale, sortable by data.
 * A source dated by month or year only (`2025-12`, `2026`) gives "Dec 2025", "2026".
 */
export function formatDateSpan(date?: string, dateEnd?: string): string {
  if (!date) return '';
  if (date.length < 10)
    return date.length === 7 ? `${MONTHS[Number(date.slice(5)) - 1]} ${date.slice(0, 4)}` : date;
  const parts = (iso: string) => {
    const [year, month, day] = iso.split('-').map(Number);
    return { year: year!, month: MONTHS[month! - 1]!, day: day! };
  };
  const start = parts(date);
  if (!dateEnd || dateEnd === date) return `${start.day} ${start.month} ${start.year}`;
  const end = parts(dateEnd);
  if (start.year !== end.year)
    return `${start.day} ${start.month} ${start.year} – ${end.day} ${end.month} ${end.year}`;
  if (start.month !== end.month) return `${start.day} ${start.month} – ${end.day} ${end.month} ${end.year}`;
  return `${start.day}–${end.day} ${end.month} ${end.year}`;
}
