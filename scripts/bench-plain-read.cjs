// The bench's baseline: a plain read-only pass over an .xlsx with exceljs (every cell's value
// touched once), nothing else. `node scripts/bench-plain-read.cjs FILE.xlsx`
const ExcelJS = require('exceljs');

(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[2]);
  let cells = 0;
  for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell(() => { cells++; }));
  console.log(cells);
})();
