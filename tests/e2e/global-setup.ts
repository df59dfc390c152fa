/**
 * Serves the built viewer (`dist/app`, from `npm run build`) with `vite preview` on loopback for the
 * end-to-end tests, with the test story's pages beside it (story-server.ts), and hands its URL to them.
 */
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { storyPages } from './story-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/app/index.html') || !existsSync('dist/frontier-map.js')) {
    throw new Error('dist/ is missing: run `npm run build` before the e2e tests (npm run test:e2e does)');
  }
  const server = await preview({
    mode: 'app',
    plugins: [storyPages()],
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url.replace(/\/$/, ''));
  return async () => {
    await server.close();
  };
}
