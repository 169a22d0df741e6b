// Types for the TypeScript callers of edge-hook.mjs (its test).
export declare const PEER_HEADER: string;
export declare const FORWARDED_HEADER: string;
