// Types for the TypeScript callers of prepare.mjs (the benchmark harness).
export declare const root: string;
export declare function serverNodeArgs(): string[];
export declare function ensureBuild(): void;
export declare function ensureDependencies(): void;
export declare function ensurePrismaClient(): void;
