/**
 * The report's list helpers on their own (src/core/report/lists.ts): the round-robin caps, the
 * cut of a long highlight, a place not followed by itself in parentheses, and how a highlight
 * reads after "… tại <place>: ".
 */
import { capGroups, dropSelfParentheses, highlightAfterColon, shorten } from '../../src/core/report/lists';

describe('capGroups: round-robin in unit order, a unit with fewer entries gives its turn away', () => {
  test('a unit of one entry does not take a second turn: the other unit gets it', () => {
    expect(capGroups([{ name: 'A', items: ['a1'] }, { name: 'B', items: ['b1', 'b2', 'b3'] }], { perUnit: 2, district: 3 })).toEqual({
      groups: [{ name: 'A', items: ['a1'], hidden: 0 }, { name: 'B', items: ['b1', 'b2'], hidden: 1 }],
      hiddenItems: 0,
      hiddenUnits: 0,
    });
  });

  test('a unit without entries takes no turn and counts as a unit left out', () => {
    expect(capGroups([{ name: 'A', items: [] }, { name: 'B', items: ['b1', 'b2'] }], { perUnit: 2, district: 2 })).toEqual({
      groups: [{ name: 'B', items: ['b1', 'b2'], hidden: 0 }],
      hiddenItems: 0,
      hiddenUnits: 1,
    });
  });
});

describe('shorten: a cut at the last space past half the limit, end punctuation dropped, then "…"', () => {
  test.each([
    ['aaaa bbbb', 9, 'aaaa bbbb'],
    ['aaaa bbbb', 8, 'aaaa bbb…'],
    ['abcde fghijklmnop', 10, 'abcde fghi…'],
    ['ab cccccccccccccccccccc', 10, 'ab ccccccc…'],
    ['aaaaaa bb.; cccc', 12, 'aaaaaa bb…'],
  ])('%p cut at %p → %p', (text, max, expected) => expect(shorten(text, max)).toBe(expected));
});

describe('dropSelfParentheses', () => {
  test.each([
    ['Xóm Mới(Mới)', 'Xóm Mới'],
    ['( )', '( )'],
    ['Thôn 1, ( )', 'Thôn 1, ( )'],
  ])('%p → %p', (text, expected) => expect(dropSelfParentheses(text)).toBe(expected));
});

describe('highlightAfterColon', () => {
  test.each([
    ['Tốt', 'Thôn 1', 'tốt'],
    ['Ở thôn này ba năm liền', 'Thôn 1', 'ở thôn này ba năm liền'],
    [' Ba năm liền', 'Thôn 1', 'ba năm liền'],
    [', ba năm liền', 'Thôn 1', ', ba năm liền'],
    [', ba năm liền', '', ', ba năm liền'],
    ['Hàm  Mỹ ba năm liền', 'Thôn 1', 'Hàm  Mỹ ba năm liền'],
    ['Thôn 1, Hàm Mỹ ba năm liền', 'Thôn 1, Hàm Mỹ', 'ba năm liền'],
    ['Thôn Phú Mỹ.: ba năm liền', 'Thôn Phú Mỹ', 'ba năm liền'],
    ['Thôn Phú Mỹ – ba năm liền', 'Thôn Phú Mỹ', 'ba năm liền'],
    ['Thôn Phú Mỹ , ba năm liền', 'Thôn Phú Mỹ', 'ba năm liền'],
  ])('%p at %p → %p', (text, place, expected) => expect(highlightAfterColon(text, place)).toBe(expected));
});
