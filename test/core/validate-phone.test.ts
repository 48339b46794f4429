/**
 * W05's reading of a phone cell (src/core/validate/phone.ts): 10 digits starting with 0,
 * separators allowed; a 9-digit number is a phone whose leading zero Sheets dropped.
 *
 * The patterns are built when the module loads, so each test loads a fresh copy of it
 * (`jest.isolateModules`): a change to a pattern then shows in the test that uses it.
 */
type PhoneModule = typeof import('../../src/core/validate/phone');

function freshPhone(): PhoneModule['phoneProblem'] {
  let mod: PhoneModule | undefined;
  jest.isolateModules(() => {
    mod = require('../../src/core/validate/phone') as PhoneModule;
  });
  return (mod as PhoneModule).phoneProblem;
}

describe('a phone typed as text', () => {
  it.each(['0912345678', '0912 345 678', '0912.345.678', '0912-345-678', '(091) 234 5678', '0912\t345\u00a0678'])('"%s" is a phone', (text) => {
    expect(freshPhone()(text, text)).toBeNull();
  });
  it.each([
    ['nine digits', '091234567'],
    ['eleven digits starting with 0', '09123456789'],
    ['eleven digits ending in a 0 and nine more', '10912345678'],
    ['ten digits not starting with 0', '1912345678'],
    ['a letter among the digits', '0912a45678'],
    ['letters after a 0', '0abcdefghi'],
    ['the country code', '+84912345678'],
    ['words', 'không có'],
    ['a slash between the digits', '0912/345/678'],
  ])('%s ("%s") is not', (_, text) => {
    expect(freshPhone()(text, text)).toBe('format');
  });
});

describe('a phone cell holding a number', () => {
  it('nine digits: the leading zero was lost', () => {
    expect(freshPhone()(912345678, '912345678')).toBe('lostZero');
  });
  it.each([
    ['ten digits', 1912345678],
    ['eleven digits', 84912345678],
    ['eight digits', 91234567],
    ['a fraction of nine characters', 12345.678],
    ['a negative number of nine characters', -12345678],
    ['zero', 0],
  ])('%s (%p) is a bad phone, not a lost zero', (_, n) => {
    expect(freshPhone()(n, String(n))).toBe('format');
  });
  it('the text of a number cell is not read again: 912345678 stays a lost zero whatever its text', () => {
    expect(freshPhone()(912345678, '0912345678')).toBe('lostZero');
  });
});
