// The end-to-end suite's single sign-on settings, shared by the test identity provider
// (scripts/e2e-oidc-provider.mjs), the app server (scripts/e2e-server.mjs) and playwright.config.ts.
export const E2E_SSO_CLIENT = { id: "weguide-e2e", secret: "e2e-client-secret-not-for-production" };
/** The provider listens 50 ports above the app's e2e port (the app's second server: 51 above). */
export const oidcPortFor = (appPort) => Number(appPort) + 50;
export const secondAppPortFor = (appPort) => Number(appPort) + 51;
