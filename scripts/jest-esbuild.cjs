// Jest transform: TypeScript → CommonJS with esbuild (types are checked by `tsc --noEmit`).
// Under `--coverage` it instruments itself (scripts/coverage-instrument.cjs), the same way the
// coverage build instruments the bundle, so both kinds of test count towards one report.
const { transformSync } = require('esbuild');

const CJS = { format: 'cjs', target: 'es2020', sourcemap: 'inline' };

module.exports = {
  canInstrument: true,
  process(source, filename, options) {
    if (options?.instrument) {
      const { instrumentTs } = require('./coverage-instrument.cjs');
      return { code: transformSync(instrumentTs(source, filename), { ...CJS, loader: 'js', sourcefile: filename }).code };
    }
    return { code: transformSync(source, { ...CJS, loader: 'ts', sourcefile: filename }).code };
  },
};
