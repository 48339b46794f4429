/**
 * Runs a script bundle (dist/Code.js) the way Apps Script does: in a fresh global scope whose
 * only globals are the services, `console` and the emulator clock's `Date` (AS06: no
 * `require`, `process`, `setTimeout`, `Buffer`, `fetch`). Loading runs the file's top level
 * once (AS03); `run(name, ...args)` then calls a top-level function by name, as a menu,
 * trigger or google.script.run does (AS02).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as vm from 'node:vm';
import { wrap } from './runtime/boundary';
import type { CallCounter } from './runtime/calls';
import type { Clock } from './runtime/clock';
import { gasError } from './runtime/errors';

export const DEFAULT_BUNDLE = 'dist/Code.js';
const PROJECT_BUNDLE = resolve(__dirname, '..', DEFAULT_BUNDLE);

/**
 * The file to load for `path`. `npm run coverage` sets ANTT_BUNDLE to the instrumented copy
 * (build/coverage/Code.js): it is loaded in place of the project's dist/Code.js, so the flow
 * tests count without changing a line of them.
 */
export function bundleFile(path: string): string {
  const file = resolve(path);
  const swap = process.env.ANTT_BUNDLE;
  return swap && file === PROJECT_BUNDLE ? resolve(swap) : file;
}

export interface LoadOptions {
  /** Global services by name, unwrapped: the loader puts the counting proxy in front. */
  services: Readonly<Record<string, object>>;
  calls: CallCounter;
  clock: Clock;
  console: object;
  /** Shown in stack traces. */
  filename?: string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Names declared by a `function f` or `var|let|const f` anywhere in the file. With the
 * lookup through the global scope this leaves out exactly the names that exist only as
 * globalThis properties (unless the same name is also declared in some inner scope).
 */
export function topLevelNames(code: string): Set<string> {
  const names = new Set<string>();
  for (const m of code.matchAll(/\b(?:function\s*\*?\s*|(?:var|let|const)\s+)([A-Za-z_$][\w$]*)/g)) names.add(m[1]);
  return names;
}

export class LoadedScript {
  private constructor(
    readonly context: vm.Context,
    private readonly options: LoadOptions,
    /** Names declared at the top level of the file (`function f`, `var|let|const f`). */
    private readonly declared: ReadonlySet<string>,
  ) {}

  /** Evaluates `code` once in a new context. Throws what the top level throws. */
  static fromCode(code: string, options: LoadOptions): LoadedScript {
    const sandbox: Record<string, unknown> = Object.create(null);
    const context = vm.createContext(sandbox, { name: options.filename ?? 'Code.js' });
    const script = new LoadedScript(context, options, topLevelNames(code));
    script.setGlobal('Date', options.clock.DateClass);
    script.setGlobal('console', options.console);
    for (const [name, service] of Object.entries(options.services)) script.expose(name, service);
    // The instrumented bundle counts into the host's record, which jest collects after each file.
    if (process.env.ANTT_BUNDLE) sandbox.__coverage__ = ((globalThis as Record<string, unknown>).__coverage__ ??= {});
    vm.runInContext(code, context, { filename: options.filename ?? 'Code.js' });
    return script;
  }

  static fromFile(path: string = DEFAULT_BUNDLE, options: Omit<LoadOptions, 'filename'>): LoadedScript {
    const file = bundleFile(path);
    return LoadedScript.fromCode(readFileSync(file, 'utf8'), { ...options, filename: file });
  }

  /** Makes a service a global of the script (also after load, for late registrations). */
  expose(name: string, service: object): void {
    this.setGlobal(name, wrap(service, this.options.calls));
  }

  /** The top-level function called `name`, declared or assigned to a top-level var/let/const. */
  lookup(name: string): ((...args: unknown[]) => unknown) | undefined {
    if (!IDENTIFIER.test(name)) return undefined;
    // A `const f = function...` is not a property of the global object: ask the scope itself.
    const found: unknown = vm.runInContext(`typeof ${name} === 'function' ? ${name} : undefined`, this.context);
    // AS02: Apps Script finds only names declared at the top level, not names assigned to
    // globalThis (vm contexts do not tell the two apart, so the source is asked).
    if (typeof found !== 'function' || !this.declared.has(name)) return undefined;
    return found as (...args: unknown[]) => unknown;
  }

  has(name: string): boolean {
    return this.lookup(name) !== undefined;
  }

  /** Every top-level function's name, in file order (what google.script.run offers, AS02). */
  functionNames(): string[] {
    return [...this.declared].filter((name) => this.has(name));
  }

  /** Calls a top-level function as Apps Script does; its error text when there is none. */
  run(name: string, ...args: unknown[]): unknown {
    const fn = this.lookup(name);
    if (!fn) throw gasError(`Script function not found: ${name}`);
    return fn(...args);
  }

  /** Evaluates an expression in the script's global scope (tests inspect the sandbox with it). */
  evaluate(expression: string): unknown {
    return vm.runInContext(expression, this.context);
  }

  private setGlobal(name: string, value: unknown): void {
    (this.context as Record<string, unknown>)[name] = value;
  }
}
