/**
 * AS49: `Range.setFormula` on several cells fills the range as a paste would: each cell gets
 * the formula with its relative references moved by the cell's offset from the top-left
 * (`=A1` on B1:C2 → `=A1 =B1 / =A2 =B2`); `$` parts stay. Text in double quotes, function
 * names (`LOG10(`) and sheet names are left alone.
 */
import { columnLetter, columnNumber } from './a1';

// A string literal, a quoted sheet name, or a cell reference not part of a longer name.
const TOKEN = /"(?:[^"]|"")*"|'(?:[^']|'')*'|(?<![A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return formula.replace(TOKEN, (whole: string, colAbs?: string, col?: string, rowAbs?: string, row?: string) => {
    if (col === undefined || row === undefined) return whole;
    const c = colAbs ? col : columnLetter(columnNumber(col) + columns);
    const r = rowAbs ? row : String(Number(row) + rows);
    return `${colAbs ?? ''}${c}${rowAbs ?? ''}${r}`;
  });
}
