// Jest transform: TypeScript → CommonJS with esbuild (types are checked by `tsc --noEmit`).
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const out = transformSync(source, {
      loader: 'ts',
      format: 'cjs',
      target: 'es2020',
      sourcemap: 'inline',
      sourcefile: filename,
    });
    return { code: out.code };
  },
};
