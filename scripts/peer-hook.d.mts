// Types for the TypeScript callers of peer-hook.mjs (its test).
export declare const PEER_HEADER: string;
export declare const FORWARDED_HEADER: string;
