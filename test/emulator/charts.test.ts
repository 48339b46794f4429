import { ChartsService } from '../../emulator/charts/charts';
import { barChartSvg, renderBarChartPng, wrapLabel } from '../../emulator/charts/render';

function pngSize(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { signature: Array.from(bytes.slice(0, 8)), chunk: String.fromCharCode(...bytes.slice(12, 16)), width: view.getUint32(16), height: view.getUint32(20) };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('Charts', () => {
  test('renderBarChartPng draws a real PNG of the requested size', () => {
    const png = renderBarChartPng({ title: 'Số điểm theo đơn vị', labels: ['Hàm Mỹ', 'Hàm Kiệm'], values: [8, 6], width: 500, height: 300, horizontal: true });
    expect(pngSize(png)).toEqual({ signature: PNG_SIGNATURE, chunk: 'IHDR', width: 500, height: 300 });
    expect(png.length).toBeGreaterThan(2000);
  });

  test('bar and column charts from a DataTable, as blobs', () => {
    const Charts = new ChartsService() as unknown as GoogleAppsScript.Charts.Charts;
    const data = Charts.newDataTable()
      .addColumn(Charts.ColumnType.STRING, 'Đơn vị')
      .addColumn(Charts.ColumnType.NUMBER, 'Số điểm')
      .addRow(['Hàm Mỹ', 8])
      .addRow(['Thị trấn Thuận Nam', 10]);
    const bar = Charts.newBarChart().setDataTable(data).setTitle('Số điểm').setDimensions(640, 360).setColors(['#1c4587']).build();
    const blob = bar.getAs('image/png');
    expect(blob.getContentType()).toBe('image/png');
    expect(blob.getName()).toBe('Số điểm.png');
    const bytes = Uint8Array.from(blob.getBytes(), (b) => b & 0xff);
    expect(pngSize(bytes)).toMatchObject({ signature: PNG_SIGNATURE, width: 640, height: 360 });
    const column = Charts.newColumnChart().setDataTable(data).build();
    expect(pngSize(Uint8Array.from(column.getBlob().getBytes(), (b) => b & 0xff))).toMatchObject({ width: 600, height: 400 });
    expect(() => Charts.newDataTable().addColumn(Charts.ColumnType.NUMBER, 'n').addRow(['x'])).toThrow(/Invalid value/);
  });
});

describe('bar chart labels', () => {
  test('a long label wraps on two lines at words, never cut while two lines hold it', () => {
    expect(wrapLabel('Khối cơ quan, doanh nghiệp, nhà trường', 12, 200)).toEqual(['Khối cơ quan, doanh nghiệp,', 'nhà trường']);
    expect(wrapLabel('Hàm Mỹ', 12, 200)).toEqual(['Hàm Mỹ']);
    expect(wrapLabel('một hai ba bốn năm sáu bảy tám chín mười một hai ba bốn năm sáu', 12, 100)[1]).toMatch(/…$/);
  });
  test("chartArea.left sets the label area: the whole label is drawn", () => {
    const svg = barChartSvg({ title: '', labels: ['Khối cơ quan, doanh nghiệp, nhà trường'], values: [13], width: 640, height: 200, horizontal: true, labelShare: 0.42 });
    expect(svg).toContain('>Khối cơ quan, doanh nghiệp, nhà</text>');
    expect(svg).toContain('>trường</text>');
    expect(svg).not.toContain('…');
  });
});
