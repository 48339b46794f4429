/**
 * google.script.run's serialisation rules (AS33), shared by the emulator's client model and
 * the development server's browser shim (so this file uses no Node API).
 *
 * Legal values: primitives, null, and plain objects and arrays made of them. A Date, a
 * function or any other object as an argument fails on the client with
 * `Failed due to illegal value in property: X` (X the key or index where it sits); undefined
 * inside an array becomes null, an undefined field is dropped. The same thing in a return
 * value makes the client receive null for the whole result.
 */

class IllegalValue extends Error {}

/** An object literal's kind, from any realm (the bundle's values come from its own vm context). */
function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === null || (Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(v) === '[object Object]');
}

/** A copy holding only legal values; throws IllegalValue naming the offending property. */
function legalCopy(value: unknown, key: string, seen: Set<object>): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value === undefined) return null;
  if (typeof value !== 'object' || seen.has(value) || !(Array.isArray(value) || isPlainObject(value))) throw new IllegalValue(key);
  seen.add(value);
  let copy: unknown;
  if (Array.isArray(value)) copy = value.map((v, i) => legalCopy(v, String(i), seen));
  else {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = legalCopy(v, k, seen);
    copy = out;
  }
  seen.delete(value);
  return copy;
}

/** The arguments as the server receives them; throws Apps Script's client error for an illegal one. */
export function serverArguments(args: readonly unknown[]): unknown[] {
  try {
    return args.map((a, i) => legalCopy(a, String(i), new Set()));
  } catch (e) {
    if (e instanceof IllegalValue) throw new Error(`Failed due to illegal value in property: ${e.message}`);
    throw e;
  }
}

/** A server function's return value as the client receives it: null when anything in it is illegal. */
export function clientResult(value: unknown): unknown {
  if (value === undefined) return undefined;
  try {
    return legalCopy(value, '', new Set());
  } catch (e) {
    if (e instanceof IllegalValue) return null;
    throw e;
  }
}

/** Names google.script.run exposes: every top-level function but the private ones (AS04). */
export function isCallableName(name: string): boolean {
  return /^[A-Za-z_$][\w$]*$/.test(name) && !name.endsWith('_');
}
