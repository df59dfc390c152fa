/**
 * axe-core in a page, WCAG 2.2 target size included. Violations come back as one line each
 * (`rule: selector`), so a failing test says what and where.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFindings {
  /** Every violation, `rule: target`. */
  violations: string[];
  /**
   * Of those, `target-size` on map markers whose 24 × 24 px hit areas overlap another marker's:
   * co-located events, which open as one stack once markers are stacked (cartography), not a size.
   */
  overlappingMarkers: string[];
}

export async function runAxe(page: Page): Promise<AxeFindings> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: Array<{ id: string; nodes: Array<{ target: unknown[]; html: string }> }>;
    }
    const run = await axe.run(document, { rules: { 'target-size': { enabled: true } } });
    return run.violations.flatMap((violation) =>
      violation.nodes.map((node) => ({
        id: violation.id,
        target: JSON.stringify(node.target),
        marker:
          /frontier-marker|leaflet-marker-icon/.test(node.html) ||
          /data-feature-id/.test(JSON.stringify(node.target)),
      })),
    );
  });
  const line = ({ id, target }: { id: string; target: string }) => `${id}: ${target}`;
  return {
    violations: results.map(line),
    overlappingMarkers: results.filter((r) => r.id === 'target-size' && r.marker).map(line),
  };
}
