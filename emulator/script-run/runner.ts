/**
 * The client side of google.script.run, as a page's script sees it: one method per public
 * server function, `withSuccessHandler` / `withFailureHandler` / `withUserObject` returning a
 * new runner, calls that return nothing and report later (AS34). How a call reaches the
 * server (the emulator's queue, the development server's HTTP) is the transport's business;
 * this file uses no Node API so the browser shim bundles it too.
 */
import { serverArguments, isCallableName } from './rules';

export type SuccessHandler = (result: unknown, userObject?: unknown) => void;
export type FailureHandler = (error: Error, userObject?: unknown) => void;

export interface Transport {
  /** Runs the server function; resolves with the client's view of its result (rules.clientResult). */
  call(name: string, args: unknown[]): Promise<unknown>;
  /** A failure nobody handles: Apps Script logs it in the browser console. */
  unhandled(error: Error, name: string): void;
}

export interface ScriptRun {
  withSuccessHandler(handler: SuccessHandler): ScriptRun;
  withFailureHandler(handler: FailureHandler): ScriptRun;
  withUserObject(object: unknown): ScriptRun;
  [name: string]: unknown;
}

interface Handlers {
  success?: SuccessHandler;
  failure?: FailureHandler;
  userObject?: unknown;
}

/** google.script.run for a script whose top-level functions are `names`. */
export function createScriptRun(names: readonly string[], transport: Transport, handlers: Handlers = {}): ScriptRun {
  const run: ScriptRun = {
    withSuccessHandler: (success) => createScriptRun(names, transport, { ...handlers, success }),
    withFailureHandler: (failure) => createScriptRun(names, transport, { ...handlers, failure }),
    withUserObject: (userObject) => createScriptRun(names, transport, { ...handlers, userObject }),
  };
  for (const name of names.filter(isCallableName)) {
    if (name in run) continue;
    run[name] = (...args: unknown[]): void => {
      const sent = serverArguments(args); // throws here, on the client, before anything is sent
      transport.call(name, sent).then(
        (result) => handlers.success?.(result, handlers.userObject),
        (error: Error) => (handlers.failure ? handlers.failure(error, handlers.userObject) : transport.unhandled(error, name)),
      );
    };
  }
  return run;
}
