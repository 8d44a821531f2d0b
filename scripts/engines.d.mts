// Types for scripts/engines.mjs (used by test/unit/engines.test.ts).
export type Engine = 'chromium' | 'firefox' | 'webkit';
export declare const ENGINES: Engine[];

export interface Found {
  chromium?: { executablePath: string };
  firefox?: { executablePath: string };
  webkit?: { driver: string; miniBrowser: string; xvfb?: string };
}
export interface Engines {
  found: Found;
  missing: Partial<Record<Engine, string>>;
  wanted: string[];
}
export interface Machine {
  env?: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
  which?: (names: string[]) => string | undefined;
  miniBrowsers?: () => string[];
  chrome?: () => Promise<string | undefined>;
}
export declare function whichOnPath(env: Record<string, string | undefined>): (names: string[]) => string | undefined;
export declare function findEngines(machine?: Machine): Promise<Engines>;
export declare function verdict(engines: Engines, env?: Record<string, string | undefined>): { stop: boolean; lines: string[] };
