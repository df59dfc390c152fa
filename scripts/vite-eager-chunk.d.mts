import type { Plugin } from 'vite';
export declare function eagerChunk(name: string, options?: { exclude?: RegExp }): Plugin;
