/**
 * "Nơi nhận" as staff type it (src/core/report/recipients.ts): which lines are entries, when one
 * line is split at its semicolons, and how several archive entries merge into one "- Lưu: …."
 */
import { normaliseRecipients } from '../../src/core/report';

describe('entries of the settings text', () => {
  test('blank lines after a one-line list do not stop it being split at its semicolons', () => {
    expect(normaliseRecipients('A; B\n\n')).toEqual(['- A;', '- B;', '- Lưu: VT.']);
  });
  test('a semicolon followed directly by the next entry splits too', () => {
    expect(normaliseRecipients('BCĐ tỉnh (b/c);UBND huyện (b/c)')).toEqual(['- BCĐ tỉnh (b/c);', '- UBND huyện (b/c);', '- Lưu: VT.']);
  });
  test('with several lines, a semicolon inside a line does not split it', () => {
    expect(normaliseRecipients('A; B\nC')).toEqual(['- A; B;', '- C;', '- Lưu: VT.']);
  });
  test('a line of only a dash is no entry', () => {
    expect(normaliseRecipients('A\n-\nB')).toEqual(['- A;', '- B;', '- Lưu: VT.']);
  });
  test('old Mac line ends (\\r) separate entries', () => {
    expect(normaliseRecipients('A\rB\rLưu: VT')).toEqual(['- A;', '- B;', '- Lưu: VT.']);
  });
  test('a label without its colon is dropped; a line that only mentions it is kept', () => {
    expect(normaliseRecipients('Nơi nhận\nA')).toEqual(['- A;', '- Lưu: VT.']);
    expect(normaliseRecipients('Nơi nhận: A')).toEqual(['- Nơi nhận: A;', '- Lưu: VT.']);
  });
});

describe('several archive entries become one "- Lưu: …."', () => {
  test.each([
    ['Lưu: VT\nLưu: CAH\nA', ['- A;', '- Lưu: VT, CAH.']],
    ['Lưu: VT\nLưu:CAH', ['- Lưu: VT, CAH.']],
    ['Lưu: VT\nLưu CAH', ['- Lưu: VT, CAH.']],
    ['Lưu: VT,Lưu: CAH', ['- Lưu: VT, CAH.']],
  ])('%p → %p', (text, lines) => expect(normaliseRecipients(text)).toEqual(lines));
});
