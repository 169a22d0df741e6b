// The dependency check (`npm run lint:deps`, part of `npm run lint`): no import cycles, type-only
// ones included (a type cycle is a design cycle, and it turns into a runtime one with the next
// value import), and the domain in lib/ never reaches up into routes or components.
/** @type {import('dependency-cruiser').IConfiguration} */
const config = {
  forbidden: [
    { name: "no-cycles", severity: "error", comment: "Import cycles make module order matter and hide layering mistakes.", from: {}, to: { circular: true } },
    {
      name: "lib-not-above-itself",
      severity: "error",
      comment: "lib/ is the domain: routes (app/) and components use it, never the other way round.",
      from: { path: "^lib/", pathNot: "\\.test\\.tsx?$" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "pdfkit-only-in-the-pdf",
      severity: "error",
      comment:
        "pdfkit and fontkit cost a server ~30 MB resident once loaded (docs/scaling.md, thirteenth round): only the certificate's PDF module loads them, and only the PDF route (and its tests) loads that module, so the answer path (aggregates.ts issues certificates) and the pages that list or verify them never do.",
      from: { pathNot: "^lib/tracking/certificate-pdf\\.ts$" },
      to: { path: "(^|/)node_modules/pdfkit/" },
    },
    {
      name: "certificate-pdf-only-from-its-route",
      severity: "error",
      comment: "See pdfkit-only-in-the-pdf.",
      from: { pathNot: ["^app/api/certificates/\\[code\\]/route\\.ts$", "\\.test\\.tsx?$"] },
      to: { path: "^lib/tracking/certificate-pdf\\.ts$" },
    },
    {
      name: "no-unresolvable",
      severity: "error",
      comment: "An import that resolves to nothing is a typo or a missing dependency.",
      from: {},
      to: { couldNotResolve: true, dependencyTypesNot: ["type-only"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|\\.next|\\.data|\\.tools|lib/generated)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types"],
    },
  },
};

export default config;
