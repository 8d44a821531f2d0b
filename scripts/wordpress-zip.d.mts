// Types for scripts/wordpress-zip.mjs (used by test/unit/wordpress.test.ts).
export declare const PLUGIN_FILES: string[];
export declare const SCRIPT: string;
export declare const FOLDER: string;
export declare function stampVersion(name: string, text: string, version: string): string;
export declare function pluginZip(input: { files: Record<string, string>; script: Uint8Array; version: string }): Uint8Array;
