// Stryker's jest runs only (stryker.config.mjs, setupFilesAfterEnv): the property tests and the
// large-workbook sanity test are skipped. They cover nearly every mutant of the core and cost
// seconds each, so each mutant would pay for them. A skipped test covers nothing in the dry
// run, so it is never counted as killing a mutant: the score is that of the example tests.
// (jest's testNamePattern cannot do this: Stryker passes its own pattern on every run.)
const SLOW = /\(property\)|a large workbook/;

for (const name of ['describe', 'test', 'it']) {
  const original = globalThis[name];
  const filtered = (title, ...rest) => (SLOW.test(String(title)) ? original.skip(title, ...rest) : original(title, ...rest));
  globalThis[name] = Object.assign(filtered, original);
}
