/**
 * The development server's google.script.run, injected into the sidebar page: the same
 * client model as the emulator's (runner.ts: private names absent, illegal arguments thrown
 * on the client, answers asynchronous and unordered), sending each call to the server over
 * HTTP, where the result goes through the same rules (AS33).
 */
import { createScriptRun, type Transport } from '../script-run/runner';

interface Answer {
  ok: boolean;
  result?: unknown;
  error?: { name: string; message: string };
}

const page = globalThis as unknown as { __gasFunctions: string[]; google: unknown };

const transport: Transport = {
  async call(name, args) {
    const response = await fetch(`/__run/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(args),
    });
    const answer = (await response.json()) as Answer;
    if (answer.ok) return answer.result;
    const error = new Error(answer.error?.message ?? `HTTP ${response.status}`);
    error.name = answer.error?.name ?? 'Error';
    throw error;
  },
  unhandled(error, name) {
    console.error(`Uncaught (google.script.run.${name}): ${error.message}`);
  },
};

page.google = { script: { run: createScriptRun(page.__gasFunctions, transport) } };
