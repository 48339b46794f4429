import fc from 'fast-check';
import { boundedDistance, suggest, suggestIndex } from '../../src/core/suggest';
import { FORMS, SECTORS, STATUSES } from '../../src/core/schema';

let forms: ReturnType<typeof suggestIndex>;
let sectors: ReturnType<typeof suggestIndex>;
beforeAll(() => {
  forms = suggestIndex(FORMS);
  sectors = suggestIndex(SECTORS);
});

describe('suggest', () => {
  it('accents and case only: always the match', () => {
    expect(suggest('Xay dung moi', forms)).toBe('Xây dựng mới');
    expect(suggest('NHAN RONG', forms)).toBe('Nhân rộng');
    expect(suggest('dang hoat dong', suggestIndex(STATUSES))).toBe('Đang hoạt động');
  });
  it('small typos', () => {
    expect(suggest('Khu dan cuw', sectors)).toBe('Khu dân cư');
    expect(suggest('Doanh nghiep ', sectors)).toBe('Doanh nghiệp');
    expect(suggest('Nha trưòng', sectors)).toBe('Nhà trường');
  });
  it('nothing for far or too short input', () => {
    expect(suggest('abc', sectors)).toBeNull();
    expect(suggest('Bệnh viện', sectors)).toBeNull();
    expect(suggest('', sectors)).toBeNull();
    expect(suggest('x'.repeat(50_000), sectors)).toBeNull();
  });
  it('nothing when two candidates are equally close', () => {
    expect(suggest('ab', suggestIndex(['ac', 'ad']))).toBeNull();
    expect(suggest('Tổ an ninh 1', suggestIndex(['Tổ an ninh 2', 'Tổ an ninh 3']))).toBeNull();
  });
  it('an empty list suggests nothing', () => {
    expect(suggest('Xây dựng mới', suggestIndex([]))).toBeNull();
  });
});

describe('boundedDistance', () => {
  it('is Levenshtein within the bound', () => {
    expect(boundedDistance('kitten', 'sitting', 5)).toBe(3);
    expect(boundedDistance('', 'abc', 5)).toBe(3);
    expect(boundedDistance('abc', 'abc', 0)).toBe(0);
  });
  it('gives up past the bound', () => {
    expect(boundedDistance('kitten', 'sitting', 2)).toBe(3);
    expect(boundedDistance('a', 'abcdefgh', 2)).toBe(3);
  });
  it('is symmetric and zero only for equal strings (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
      const d = boundedDistance(a, b, 30);
      expect(boundedDistance(b, a, 30)).toBe(d);
      expect(d === 0).toBe(a === b);
      expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
    }));
  });
});
