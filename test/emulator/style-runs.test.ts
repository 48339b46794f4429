/** Text styles are runs: a style change splits a run, equal neighbours merge back. */
import { Text } from '../../emulator/document/text';

describe('Text style runs', () => {
  test('a long text of one style is one run; a bold range splits it in three', () => {
    const t = new Text('a'.repeat(100_000), { FONT_SIZE: 11 });
    expect(t.runs).toEqual([{ length: 100_000, style: { FONT_SIZE: 11 } }]);
    t.setBold(10, 19, true);
    expect(t.runs).toEqual([
      { length: 10, style: { FONT_SIZE: 11 } },
      { length: 10, style: { FONT_SIZE: 11, BOLD: true } },
      { length: 99_980, style: { FONT_SIZE: 11 } },
    ]);
    expect(t.getTextAttributeIndices()).toEqual([0, 10, 20]);
  });

  test('clearing the range merges the runs again; inserted text takes the style before it', () => {
    const t = new Text('abcdef', {});
    t.setItalic(2, 3, true);
    t.setItalic(2, 3, null as unknown as boolean);
    expect(t.runs).toEqual([{ length: 6, style: {} }]);
    t.setBold(0, 2, true);
    t.insertText(3, 'XY');
    expect(t.getText()).toBe('abcXYdef');
    expect(t.runs).toEqual([{ length: 5, style: { BOLD: true } }, { length: 3, style: {} }]);
    t.deleteText(1, 6);
    expect(t.getText()).toBe('af');
    expect(t.runs).toEqual([{ length: 1, style: { BOLD: true } }, { length: 1, style: {} }]);
    expect(t.isBold(0)).toBe(true);
    expect(t.isBold(1)).toBe(null);
    expect(t.isBold()).toBe(null);
  });
});
