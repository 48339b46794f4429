/** The `Kiểm tra` cell's length limit: `truncate` (src/core/validate/check-cell.ts). */
import { truncate } from '../../src/core/validate/check-cell';

describe('truncate', () => {
  it('a text of exactly max characters is kept whole', () => {
    expect(truncate('abcde', 5)).toBe('abcde');
  });
  it('a shorter text is kept whole', () => {
    expect(truncate('abc', 5)).toBe('abc');
  });
  it('a longer text keeps max - 1 characters and ends in "…"', () => {
    expect(truncate('abcdefg', 5)).toBe('abcd…');
  });
  it('the cut never leaves half of a surrogate pair at the end', () => {
    // "abc😀xyz": the emoji is the two code units at indexes 3 and 4.
    expect(truncate('abc\ud83d\ude00xyz', 5)).toBe('abc…');
  });
  it('a pair that ends before the cut is kept', () => {
    expect(truncate('ab\ud83d\ude00xyz', 5)).toBe('ab\ud83d\ude00…');
  });
  it('the lowest and highest high surrogates (U+10000, U+10FFFF) are both kept whole', () => {
    expect(truncate('abc\ud800\udc00xyz', 5)).toBe('abc…');
    expect(truncate('abc\udbff\udfffxyz', 5)).toBe('abc…');
  });
  it('a character just outside the high-surrogate range is cut like any other', () => {
    expect(truncate('abc\ud7ffxyz', 5)).toBe('abc\ud7ff…');
    expect(truncate('abc\udc00xyz', 5)).toBe('abc\udc00…');
  });
});
