export declare const ACLED_COLUMNS: string[];
export declare function generateAcled(count: number, options?: { seed?: number }): string;
