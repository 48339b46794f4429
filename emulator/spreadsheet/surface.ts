/**
 * How emulator classes are typed against `@types/google-apps-script`.
 *
 * `class EmuRange implements Surface<GoogleAppsScript.Spreadsheet.Range, 'getValues' | ...>`
 * makes the compiler reject a method name the real API lacks and check primitive parameters
 * and results (numbers, strings, booleans). Object-typed parameters and results are loosened,
 * because an emulator class implements only a subset of the real interface and so cannot be
 * assigned to it (an `EmuSheet` is not a full `Sheet`): `implements Pick<Range, ...>` would
 * force a cast on every method that returns or takes another service object.
 */

type Primitive = string | number | boolean | null | undefined | void;

/**
 * Keeps primitive members of a union, turns object members into `never` (any argument is
 * accepted). Apps Script enums are declared as numeric enums; the emulator's enum values are
 * their names, so a numeric enum (narrower than `number`) is loosened too.
 */
type IsPlainNumber<T> = (<G>() => G extends T ? 1 : 2) extends <G>() => G extends number ? 1 : 2 ? true : false;
type LooseParam<T> = T extends number ? (IsPlainNumber<T> extends true ? T : never) : T extends Primitive ? T : never;
type LooseParams<A extends unknown[]> = { [I in keyof A]: LooseParam<A[I]> };
/** Keeps a primitive result (enums excepted); any object result is accepted. */
type LooseResult<R> = [R] extends [number] ? (IsPlainNumber<R> extends true ? R : unknown) : [R] extends [Primitive] ? R : unknown;

type Loosen<F> = F extends (...args: infer A) => infer R ? (...args: LooseParams<A>) => LooseResult<R> : never;

export type Surface<T, K extends keyof T> = { [P in K]: Loosen<T[P]> };
