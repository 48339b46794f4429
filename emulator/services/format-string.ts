/**
 * Utilities.formatString / Logger.log templates: the subset of Java's String.format the
 * add-on uses (%s, %d, %f with precision, %%).
 */
export function formatString(template: string, ...args: unknown[]): string {
  let next = 0;
  return String(template).replace(/%(\.(\d+))?([sdf%])/g, (whole, _p: string, precision: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    if (next >= args.length) return whole;
    const value = args[next++];
    if (conv === 's') return value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : String(value);
    if (conv === 'd') return String(Math.trunc(Number(value)));
    return precision === undefined ? Number(value).toFixed(6) : Number(value).toFixed(Number(precision));
  });
}
