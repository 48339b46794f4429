/**
 * AS41: a formula cell's getValues() gives its computed value, as on Sheets. The emulator
 * has no formula engine; it computes the two kinds the add-on and its tests write:
 * `HYPERLINK(url; label)` (the label; the url without one) and arithmetic on number
 * literals (`=2*6`). Any other formula written in a run is kept as an UncomputedFormula,
 * and reading it fails with an error that names it, never a silent ''. A workbook loaded
 * from a file keeps each formula's cached result instead.
 */

/** A formula cell whose value the emulator cannot compute. */
export class UncomputedFormula {
  constructor(readonly formula: string) {}
}

/** The emulator's error for reading an UncomputedFormula (an emulator limit, not an Apps Script error). */
export function uncomputedError(cell: UncomputedFormula, where: string): Error {
  return new Error(
    `Emulator: cannot compute the formula ${cell.formula} in ${where} (it computes HYPERLINK labels and arithmetic on numbers only); ` +
      'load the cell with its value (a workbook file keeps cached results) or read getFormulas().',
  );
}

const STRING = '"((?:[^"]|"")*)"';
const HYPERLINK = new RegExp(`^=\\s*HYPERLINK\\s*\\(\\s*${STRING}\\s*(?:[,;]\\s*${STRING}\\s*)?\\)\\s*$`, 'i');

/** The value Sheets shows for `formula`, or an UncomputedFormula. */
export function formulaValue(formula: string): string | number | UncomputedFormula {
  const link = HYPERLINK.exec(formula);
  if (link) return (link[2] ?? link[1]).replace(/""/g, '"');
  const n = arithmetic(formula.slice(1));
  return n === undefined ? new UncomputedFormula(formula) : n;
}

/** + - * / ^, unary signs and parentheses over number literals; undefined for anything else. */
function arithmetic(text: string): number | string | undefined {
  const tokens = text.match(/\d+(?:\.\d+)?(?:e[+-]?\d+)?|\.\d+|[-+*/^()]|\s+|./gi) ?? [];
  const t = tokens.filter((s) => !/^\s+$/.test(s));
  let i = 0;
  let divByZero = false;
  const peek = () => t[i];
  const primary = (): number | undefined => {
    const tok = t[i++];
    if (tok === undefined) return undefined;
    if (tok === '(') {
      const v = sum();
      return t[i++] === ')' ? v : undefined;
    }
    if (tok === '-' || tok === '+') {
      const v = power();
      return v === undefined ? undefined : tok === '-' ? -v : v;
    }
    return /^(\d|\.\d)/.test(tok) ? Number(tok) : undefined;
  };
  const power = (): number | undefined => {
    let v = primary();
    while (v !== undefined && peek() === '^') {
      i++;
      const e = primary();
      v = e === undefined ? undefined : v ** e;
    }
    return v;
  };
  const product = (): number | undefined => {
    let v = power();
    while (v !== undefined && (peek() === '*' || peek() === '/')) {
      const op = t[i++];
      const r = power();
      if (r === undefined) return undefined;
      if (op === '/' && r === 0) divByZero = true;
      v = op === '*' ? v * r : v / r;
    }
    return v;
  };
  const sum = (): number | undefined => {
    let v = product();
    while (v !== undefined && (peek() === '+' || peek() === '-')) {
      const op = t[i++];
      const r = product();
      v = r === undefined ? undefined : op === '+' ? v + r : v - r;
    }
    return v;
  };
  const v = sum();
  if (v === undefined || i !== t.length) return undefined;
  return divByZero ? '#DIV/0!' : v;
}
