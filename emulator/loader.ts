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

export interface LoadOptions {
  /** Global services by name, unwrapped: the loader puts the counting proxy in front. */
  services: Readonly<Record<string, object>>;
  calls: CallCounter;
  clock: Clock;
  console: object;
  /** Puts a policy (auth checks) between a service and its counting proxy. */
  guard?: (name: string, service: object) => object;
  /** Shown in stack traces. */
  filename?: string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export class LoadedScript {
  private constructor(
    readonly context: vm.Context,
    private readonly options: LoadOptions,
  ) {}

  /** Evaluates `code` once in a new context. Throws what the top level throws. */
  static fromCode(code: string, options: LoadOptions): LoadedScript {
    const sandbox: Record<string, unknown> = Object.create(null);
    const context = vm.createContext(sandbox, { name: options.filename ?? 'Code.js' });
    const script = new LoadedScript(context, options);
    script.setGlobal('Date', options.clock.DateClass);
    script.setGlobal('console', options.console);
    for (const [name, service] of Object.entries(options.services)) script.expose(name, service);
    vm.runInContext(code, context, { filename: options.filename ?? 'Code.js' });
    return script;
  }

  static fromFile(path: string = DEFAULT_BUNDLE, options: Omit<LoadOptions, 'filename'>): LoadedScript {
    const file = resolve(path);
    return LoadedScript.fromCode(readFileSync(file, 'utf8'), { ...options, filename: file });
  }

  /** Makes a service a global of the script (also after load, for late registrations). */
  expose(name: string, service: object): void {
    const guarded = this.options.guard ? this.options.guard(name, service) : service;
    this.setGlobal(name, wrap(guarded, this.options.calls));
  }

  /** The top-level function called `name`, declared or assigned to a top-level var/let/const. */
  lookup(name: string): ((...args: unknown[]) => unknown) | undefined {
    if (!IDENTIFIER.test(name)) return undefined;
    // A `const f = function...` is not a property of the global object: ask the scope itself.
    const found: unknown = vm.runInContext(`typeof ${name} === 'function' ? ${name} : undefined`, this.context);
    return typeof found === 'function' ? (found as (...args: unknown[]) => unknown) : undefined;
  }

  has(name: string): boolean {
    return this.lookup(name) !== undefined;
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
