/**
 * The layers of docs/architecture.md, kept by `npm run lint:arch`: a layer
 * imports only from the layers below it; no cycles; runtime code never
 * imports build tooling (scripts/) or test code. Tests may import across
 * layers.
 */
const layers = {
  domain: ['domain'],
  i18n: ['domain', 'i18n'],
  data: ['domain', 'data'],
  yours: ['domain', 'yours'],
  store: ['domain', 'i18n', 'data', 'store'],
  map: ['domain', 'i18n', 'data', 'store', 'map'],
  export: ['domain', 'i18n', 'data', 'store', 'map', 'export', 'fonts'],
  publish: ['domain', 'i18n', 'data', 'store', 'publish'],
  panels: ['domain', 'i18n', 'data', 'store', 'map', 'export', 'publish', 'yours', 'panels'],
};
const TESTS = '(\\.test\\.tsx?$|^src/test/)';

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'A cycle makes two modules one; split what they share into a lower layer.', from: {}, to: { circular: true } },
    {
      name: 'runtime-not-to-tooling',
      severity: 'error',
      comment: 'The app must not depend on build scripts, tests, the benchmark or the end-to-end specs.',
      from: { path: '^src/', pathNot: TESTS },
      to: { path: `^(scripts|e2e|bench)/|${TESTS}` },
    },
    ...Object.entries(layers).map(([layer, allowed]) => ({
      name: `layer-${layer}`,
      severity: 'error',
      comment: `src/${layer} imports only from ${allowed.map((l) => `src/${l}`).join(', ')} (docs/architecture.md).`,
      from: { path: `^src/${layer}/`, pathNot: TESTS },
      to: { path: '^src/', pathNot: [`^src/(${allowed.join('|')})/`, '^src/types/', '\\.css$'] },
    })),
    { name: 'not-to-unresolvable', severity: 'error', from: {}, to: { couldNotResolve: true, pathNot: '^virtual:|/fonts/generated/' } },
    { name: 'no-non-package-json', severity: 'error', comment: 'Every package the code imports is in package.json.', from: {}, to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] } },
    {
      name: 'runtime-not-to-dev-deps',
      severity: 'error',
      comment: 'What the app ships is a dependency, not a devDependency.',
      from: { path: '^src/', pathNot: TESTS },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
