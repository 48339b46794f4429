/**
 * The sidebar's typed client for google.script.run, derived from the entry's own exports:
 * `server.makeReport(asOf, from, pdf)` has makeReport's parameter types and resolves with its
 * return type, so a wrong argument or a misspelt endpoint does not compile.
 */
import type * as Entry from '../../main';

type Exports = typeof Entry;

/** What google.script.run may call from the page: every export but menus and triggers. */
export type EndpointName = Exclude<keyof Exports, `menu${string}` | 'onOpen' | 'onEdit' | 'onInstall' | 'showSidebar'>;

export type Client = {
  [K in EndpointName]: (...args: Parameters<Exports[K]>) => Promise<ReturnType<Exports[K]>>;
};

interface ScriptRun {
  withSuccessHandler(handler: (result: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

/** One call: resolves with the server's result, rejects with its error (AS34: no order). */
function call(name: string, args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const run = google.script.run.withSuccessHandler(resolve).withFailureHandler(reject);
    const fn = run[name];
    if (typeof fn !== 'function') {
      reject(new Error(`google.script.run.${name} is not a function`));
      return;
    }
    // A Date or other illegal argument throws here (AS33): reject instead of escaping.
    try {
      fn.apply(run, args);
    } catch (e) {
      reject(e);
    }
  });
}

export const server = new Proxy({} as Client, {
  get: (_target, name) => (...args: unknown[]) => call(String(name), args),
});
