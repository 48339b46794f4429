/**
 * printRequests on hand-written Docs API answers (the schema's fields are all optional, and
 * `Documents.get` leaves out what a document does not have): which marks become requests,
 * with which indices, and what is skipped. applyPrintProperties without the Docs service.
 */
import type { TableBlock } from '../../src/core/report';
import { applyPrintProperties, printRequests } from '../../src/gas/report/print-properties';

type Element = GoogleAppsScript.Docs.Schema.StructuralElement;
type Cell = GoogleAppsScript.Docs.Schema.TableCell;

/** A cell holding one paragraph `text` + "\n" from `start`. */
function cell(text: string, start: number): Cell {
  const end = start + text.length + 1;
  return { content: [{ startIndex: start, endIndex: end, paragraph: { elements: [{ textRun: { content: `${text}\n` } }] } }] };
}

/** A table at `start` whose rows are given as texts; cells laid out 10 indices apart. */
function table(start: number, rows: string[][]): Element {
  return {
    startIndex: start,
    table: { tableRows: rows.map((r, i) => ({ tableCells: r.map((t, j) => cell(t, start + 100 * i + 10 * j + 1)) })) },
  };
}

function block(over: Partial<TableBlock> = {}): TableBlock {
  return { kind: 'table', id: 'byUnit', header: ['Đơn vị', 'Số mô hình'], rows: [], total: null, widths: [1, 1], numeric: [1], fontSize: 11, ...over } as TableBlock;
}

const NO_MARKS = { keepWithNext: [], unsplit: [], tables: [] };

describe('printRequests', () => {
  test('an empty answer (no body, no content): no requests', () => {
    expect(printRequests({}, { keepWithNext: [0], unsplit: [0], tables: [block()] })).toEqual([]);
    expect(printRequests({ body: {} }, { keepWithNext: [0], unsplit: [0], tables: [block()] })).toEqual([]);
  });

  test('keep-with-next: body child i is content[i + 1]; only paragraphs with both indices', () => {
    const content: Element[] = [
      { sectionBreak: {} },
      { startIndex: 1, endIndex: 12, paragraph: {} },
      { startIndex: 12, paragraph: {} },
      { endIndex: 30, paragraph: {} },
      { startIndex: 30, endIndex: 40 },
    ];
    expect(printRequests({ body: { content } }, { ...NO_MARKS, keepWithNext: [0, 1, 2, 3, 7] })).toEqual([
      { updateParagraphStyle: { range: { startIndex: 1, endIndex: 12 }, paragraphStyle: { keepWithNext: true, keepLinesTogether: true }, fields: 'keepWithNext,keepLinesTogether' } },
    ]);
  });

  test('unsplit layout tables: only tables with a start index', () => {
    const content: Element[] = [{ sectionBreak: {} }, { startIndex: 5, table: {} }, { table: {} }, { startIndex: 9, endIndex: 10, paragraph: {} }];
    expect(printRequests({ body: { content } }, { ...NO_MARKS, unsplit: [0, 1, 2, 4] })).toEqual([
      { updateTableRowStyle: { tableStartLocation: { index: 5 }, tableRowStyle: { preventOverflow: true }, fields: 'preventOverflow' } },
    ]);
  });

  test('a data table found by its header: pinned, whole rows, padding, centred bold header, numbers right, bold total', () => {
    const content: Element[] = [{ sectionBreak: {} }, table(10, [['Đơn vị', 'Số mô hình'], ['Hàm Cần', '5'], ['Tổng cộng', '5']])];
    const requests = printRequests({ body: { content } }, { ...NO_MARKS, tables: [block({ total: ['Tổng cộng', '5'] })] });
    const loc = { index: 10 };
    const para = (startIndex: number, endIndex: number, alignment: string) => ({
      updateParagraphStyle: { range: { startIndex, endIndex }, paragraphStyle: { alignment, spaceAbove: { magnitude: 0, unit: 'PT' }, spaceBelow: { magnitude: 0, unit: 'PT' }, lineSpacing: 100 }, fields: 'alignment,spaceAbove,spaceBelow,lineSpacing' },
    });
    const bold = (startIndex: number, endIndex: number) => ({ updateTextStyle: { range: { startIndex, endIndex }, textStyle: { bold: true }, fields: 'bold' } });
    expect(requests).toEqual([
      { pinTableHeaderRows: { tableStartLocation: loc, pinnedHeaderRowsCount: 1 } },
      { updateTableRowStyle: { tableStartLocation: loc, tableRowStyle: { preventOverflow: true }, fields: 'preventOverflow' } },
      {
        updateTableCellStyle: {
          tableRange: { tableCellLocation: { tableStartLocation: loc, rowIndex: 0, columnIndex: 0 }, rowSpan: 3, columnSpan: 2 },
          tableCellStyle: { paddingTop: { magnitude: 2, unit: 'PT' }, paddingBottom: { magnitude: 2, unit: 'PT' } },
          fields: 'paddingTop,paddingBottom',
        },
      },
      {
        updateTableCellStyle: {
          tableRange: { tableCellLocation: { tableStartLocation: loc, rowIndex: 0, columnIndex: 0 }, rowSpan: 1, columnSpan: 2 },
          tableCellStyle: { contentAlignment: 'MIDDLE' }, fields: 'contentAlignment',
        },
      },
      para(11, 18, 'CENTER'), bold(11, 17),
      para(21, 32, 'CENTER'), bold(21, 31),
      para(111, 119, 'START'),
      para(121, 123, 'END'),
      para(211, 221, 'START'), bold(211, 220),
      para(221, 223, 'END'), bold(221, 222),
    ]);
  });

  test('without a total the last row is not bold; empty header cells are not made bold', () => {
    const content: Element[] = [{ sectionBreak: {} }, table(0, [['', 'Số'], ['Hàm Cần', '5']])];
    const requests = printRequests({ body: { content } }, { ...NO_MARKS, tables: [block({ header: ['', 'Số'] })] });
    expect(requests.filter((r) => r.updateTextStyle).map((r) => r.updateTextStyle?.range)).toEqual([{ startIndex: 11, endIndex: 13 }]);
  });

  test('tables nested in cells are found; a header that differs in one cell or in length is not the table', () => {
    const inner = table(300, [['Đơn vị', 'Số mô hình'], ['A', '1']]);
    const outer: Element = { startIndex: 200, table: { tableRows: [{ tableCells: [{ content: [inner] }, {}] }, {}] } };
    const content: Element[] = [
      { sectionBreak: {} },
      outer,
      table(400, [['Đơn vị', 'Số']]),
      table(500, [['Đơn vị', 'Số mô hình', 'Ghi chú']]),
      table(600, [['Đơn vị']]),
    ];
    const starts = printRequests({ body: { content } }, { ...NO_MARKS, tables: [block()] })
      .flatMap((r) => (r.pinTableHeaderRows ? [r.pinTableHeaderRows.tableStartLocation.index] : []));
    expect(starts).toEqual([300]);
  });

  test('cells without content or text runs, rows without cells, a table without rows', () => {
    const header: Element = {
      startIndex: 0,
      table: {
        tableRows: [
          { tableCells: [{ content: [{ startIndex: 1, endIndex: 8, paragraph: { elements: [{ textRun: { content: 'Đơn vị\n' } }] } }] }, { content: [{ startIndex: 8, endIndex: 19, paragraph: { elements: [{}, { textRun: { content: 'Số mô hình' } }] } }] }] },
          { tableCells: [{}, { content: [{ paragraph: {} }] }] },
          {},
        ],
      },
    };
    const requests = printRequests({ body: { content: [{ sectionBreak: {} }, header] } }, { ...NO_MARKS, tables: [block()] });
    expect(requests.filter((r) => r.updateParagraphStyle).map((r) => [r.updateParagraphStyle?.range, r.updateParagraphStyle?.paragraphStyle?.alignment])).toEqual([
      [{ startIndex: 1, endIndex: 8 }, 'CENTER'],
      [{ startIndex: 8, endIndex: 19 }, 'CENTER'],
      [{ startIndex: 0, endIndex: 0 }, 'START'],
      [{ startIndex: 0, endIndex: 0 }, 'END'],
    ]);
    // A table with no rows at all matches a header-less block, and gets no requests.
    expect(printRequests({ body: { content: [{ sectionBreak: {} }, { startIndex: 3, table: {} }] } }, { ...NO_MARKS, tables: [block({ header: [] })] })).toEqual([]);
  });
});

describe('applyPrintProperties', () => {
  test('without the Advanced Docs service: false, nothing called', () => {
    const g = globalThis as { Docs?: unknown };
    const saved = g.Docs;
    delete g.Docs;
    try {
      expect(applyPrintProperties('doc-id', NO_MARKS)).toBe(false);
    } finally {
      if (saved !== undefined) g.Docs = saved;
    }
  });
});
