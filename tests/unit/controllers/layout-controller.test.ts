import { describe, expect, it } from 'vitest';
import {
  LEGEND_OPEN_FROM_HEIGHT,
  LEGEND_OPEN_FROM_WIDTH,
  LEGEND_OPEN_FROM_WIDTH_COARSE,
  legendStartsOpen,
} from '../../../src/controllers/layout-controller.ts';

describe('legendStartsOpen', () => {
  it('folds the legend on phones and in small embeds', () => {
    expect(legendStartsOpen(390, 700)).toBe(false);
    expect(legendStartsOpen(LEGEND_OPEN_FROM_WIDTH - 1, 800)).toBe(false);
    expect(legendStartsOpen(900, LEGEND_OPEN_FROM_HEIGHT - 1)).toBe(false);
  });

  it('opens it with room to spare, later with fingers (its rows are 44 px high)', () => {
    expect(legendStartsOpen(LEGEND_OPEN_FROM_WIDTH, LEGEND_OPEN_FROM_HEIGHT)).toBe(true);
    expect(legendStartsOpen(768, 800, true)).toBe(false);
    expect(legendStartsOpen(LEGEND_OPEN_FROM_WIDTH_COARSE, 800, true)).toBe(true);
  });
});
