import { describe, expect, it } from 'vitest';
import { formatDateSpan } from '../../../src/i18n/dates.ts';

describe('formatDateSpan', () => {
  it.each([
    ['2025-10-09', undefined, '9 Oct 2025'],
    ['2025-10-11', '2025-10-12', '11–12 Oct 2025'],
    ['2025-10-30', '2025-11-02', '30 Oct – 2 Nov 2025'],
    ['2025-12-30', '2026-01-02', '30 Dec 2025 – 2 Jan 2026'],
    ['2025-10-09', '2025-10-09', '9 Oct 2025'],
    ['2025-12', undefined, 'Dec 2025'],
    ['2026', undefined, '2026'],
    [undefined, undefined, ''],
  ])('%s..%s → %s', (date, dateEnd, text) => {
    expect(formatDateSpan(date, dateEnd)).toBe(text);
  });
});
