/**
 * Errors as Apps Script throws them: `e.message` is the text, and `String(e)` (what the
 * execution log and a caught-and-shown error display) reads `Exception: <text>`.
 */
export class GasException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

export function gasError(message: string): GasException {
  return new GasException(message);
}
