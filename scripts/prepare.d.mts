// Types for the TypeScript callers of prepare.mjs (the benchmark harness).
export declare const root: string;
/** `heapMb`: the old generation in MB (default WEGUIDE_HEAP_MB or 320); `semiSpaceMb`: each of the young generation's two semi-spaces (default WEGUIDE_SEMI_SPACE_MB or 16). */
export declare function serverNodeArgs(heapMb?: string | number, semiSpaceMb?: string | number): string[];
/** The `next start` command line after serverNodeArgs(): Next's bin, `start` and its flags. */
export declare function nextStartArgs(): string[];
export declare function ensureBuild(): void;
export declare function ensureDependencies(): void;
export declare function ensurePrismaClient(): void;
/** App server processes: WEB_CONCURRENCY (a number or `auto`), 1 when unset or without DATABASE_URL. */
export declare function workerCount(env?: Record<string, string | undefined>): number;
/** The app server's command line after `node` (serverNodeArgs, `next start`, through scripts/cluster.mjs when workerCount > 1). */
export declare function appServerArgs(port: string | number, opts?: { host?: string; env?: Record<string, string | undefined>; nodeArgs?: string[] }): string[];
/** Printed by scripts/cluster.mjs once every worker listens. */
export declare const CLUSTER_READY_LINE: string;
