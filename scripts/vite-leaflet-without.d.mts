import type { Plugin } from 'vite';
export declare function leafletWithout(): Plugin;
