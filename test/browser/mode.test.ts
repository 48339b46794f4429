import { browserMode } from './browser';

test('without chromium the browser tests are skipped, except in CI where they fail', () => {
  expect(browserMode('/nonexistent/chromium', '')).toBe('skip');
  expect(browserMode('/nonexistent/chromium', 'true')).toBe('fail');
  expect(browserMode(process.execPath, 'true')).toBe('run');
});
