import type { Plugin } from 'vite';
export declare const SHIPPED_GEODATA: string[];
export declare function geodataFiles(root: string): Plugin;
