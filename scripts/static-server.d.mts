import type { Server } from 'node:http';

export declare function serveStatic(mounts: Array<[prefix: string, folder: string]>): Promise<Server>;
