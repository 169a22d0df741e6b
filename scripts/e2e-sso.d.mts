// Types for the TypeScript callers of e2e-sso.mjs (playwright.config.ts and the e2e specs).
export declare const E2E_SSO_CLIENT: { id: string; secret: string };
export declare function oidcPortFor(appPort: number | string): number;
export declare function secondAppPortFor(appPort: number | string): number;
