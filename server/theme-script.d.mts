export declare function themeScript(themes: readonly string[]): string;
