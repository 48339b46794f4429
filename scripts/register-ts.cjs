// `node -r ./scripts/register-ts.cjs file.ts`: lets scripts (bench) import the TypeScript sources directly.
const { transformSync } = require('esbuild');
const fs = require('fs');

require.extensions['.ts'] = function compileTs(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    loader: 'ts',
    format: 'cjs',
    target: 'es2020',
    sourcefile: filename,
  });
  module._compile(code, filename);
};
