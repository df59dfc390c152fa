export declare const CHROMIUM_ARGS: string[];
export declare function resolveChromium(): Promise<{
  executablePath: string;
  args: string[];
  origin: string;
}>;
export declare function chromiumLaunchOptions(): Promise<{
  executablePath: string;
  args: string[];
  headless: boolean;
}>;
