export declare class UsageError extends Error {}
export declare const USAGE: string;
export declare const LAYER_NAMES: string[];
export declare const PAPER_INCHES: Record<'A4' | 'Letter', [number, number]>;
export declare const MARGIN_MM: number;

export type SnapshotOptions =
  | { help: true }
  | {
      help: false;
      out: string;
      format: 'png' | 'pdf';
      /** `''` or a hash starting with `#`. */
      hash: string;
      /** Attributes set on the page's `<frontier-map>`: center, zoom, layers, from, to, selected, heading, no-print-numbers. */
      attributes: Record<string, string>;
      width: number;
      height: number;
      /** PNG pixels per CSS pixel (default 2). */
      scale: number;
      paper: 'A4' | 'Letter';
      landscape: boolean;
      /** Build dist/app first when it is missing or older than the sources. */
      build: boolean;
    };

/** The permalink's hash without its `event=` part. */
export declare function withoutSelection(hash: string): string;
export declare function parseSnapshotArgs(argv: string[]): SnapshotOptions;
export declare function pageAreaPx(
  paper: 'A4' | 'Letter',
  landscape: boolean,
): { width: number; height: number };
