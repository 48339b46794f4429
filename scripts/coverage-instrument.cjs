// One instrumentation of a TypeScript source file for `npm run coverage`, shared by the jest
// transform (files a test imports) and the coverage build of the bundle (files the flow tests
// run inside the emulator's vm). Both produce the same code and the same istanbul hash for a
// file, so the bundle's counters and jest's counters land in one record per source file.
const { transformSync } = require('esbuild');
const { createInstrumenter } = require('istanbul-lib-instrument');

const instrumenter = createInstrumenter({ esModules: true, produceSourceMap: false, coverageVariable: '__coverage__' });

/** TypeScript → instrumented ES module JavaScript; coverage locations map back to the .ts source. */
function instrumentTs(source, filename) {
  const js = transformSync(source, { loader: 'ts', format: 'esm', target: 'es2020', sourcemap: 'external', sourcefile: filename });
  return instrumenter.instrumentSync(js.code, filename, JSON.parse(js.map));
}

module.exports = { instrumentTs };
