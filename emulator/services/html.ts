/**
 * HtmlService: HTML outputs and templates for dialogs and sidebars. Only the IFRAME sandbox
 * exists (AS32); the emulator keeps the HTML so tests can read what the user would see.
 *
 * Templates (`createTemplateFromFile`) read `NAME.html` next to the bundle, as the files
 * `clasp push` sends from dist/. Scriptlets run in the script's global scope, like Apps
 * Script's: `<? code ?>`, `<?= expr ?>` (HTML-escaped) and `<?!= expr ?>` (raw), with the
 * template's own properties as variables.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { gasError } from '../runtime/errors';

type Api<T, K extends keyof T> = { [P in K]: unknown };

export class HtmlOutput implements Api<GoogleAppsScript.HTML.HtmlOutput, 'getContent' | 'setContent' | 'append' | 'appendUntrusted' | 'setTitle' | 'getTitle' | 'setWidth' | 'setHeight' | 'getWidth' | 'getHeight' | 'setSandboxMode'> {
  static readonly serviceName = 'HtmlOutput';
  private title = '';
  private width = 600;
  private height = 400;

  constructor(private content: string) {}

  getContent(): string {
    return this.content;
  }

  setContent(content: string): this {
    this.content = String(content);
    return this;
  }

  append(html: string): this {
    this.content += String(html);
    return this;
  }

  /** Appends text escaped for HTML, as `<?= ?>` does. */
  appendUntrusted(text: string): this {
    this.content += escapeForHtml(String(text));
    return this;
  }

  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }

  getTitle(): string {
    return this.title;
  }

  setWidth(width: number): this {
    this.width = width;
    return this;
  }

  setHeight(height: number): this {
    this.height = height;
    return this;
  }

  getWidth(): number {
    return this.width;
  }

  getHeight(): number {
    return this.height;
  }

  setSandboxMode(): this {
    return this; // IFRAME is the only mode left
  }
}

/** What `<?= ?>` does to a value (AS32): the five HTML metacharacters become entities. */
export function escapeForHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const SCRIPTLET = /<\?(!=|=)?([\s\S]*?)\?>/g;

/** The template as one JavaScript function of (template data, output): Apps Script's getCode. */
export function templateCode(raw: string): string {
  const lines: string[] = [];
  let at = 0;
  for (const m of raw.matchAll(SCRIPTLET)) {
    const text = raw.slice(at, m.index);
    if (text) lines.push(`output.append(${JSON.stringify(text)});`);
    const body = m[2].trim();
    if (m[1] === '=') lines.push(`output.appendUntrusted(${body});`);
    else if (m[1] === '!=') lines.push(`output.append(${body});`);
    else lines.push(body);
    at = m.index + m[0].length;
  }
  const rest = raw.slice(at);
  if (rest) lines.push(`output.append(${JSON.stringify(rest)});`);
  // Sloppy mode on purpose: `with` gives scriptlets the template's properties as variables.
  return `(function (__data, output) { with (__data) {\n${lines.join('\n')}\n} })`;
}

/** Runs template code where the script's globals are visible (the bundle's vm context). */
export type TemplateEvaluator = (code: string) => unknown;

/** A template's source and evaluator, kept off the object: every own property is a template variable. */
const templateSources = new WeakMap<HtmlTemplate, { raw: string; evaluator: TemplateEvaluator }>();

export class HtmlTemplate {
  static readonly serviceName = 'HtmlTemplate';
  [property: string]: unknown;

  constructor(raw: string, evaluator: TemplateEvaluator) {
    templateSources.set(this, { raw, evaluator });
  }

  getRawContent(): string {
    return templateSources.get(this)!.raw;
  }

  getCode(): string {
    return templateCode(this.getRawContent());
  }

  evaluate(): HtmlOutput {
    const output = new HtmlOutput('');
    const fn = templateSources.get(this)!.evaluator(this.getCode()) as (data: object, out: HtmlOutput) => void;
    fn({ ...this }, output);
    return output;
  }
}

export class HtmlService implements Api<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile'> {
  static readonly serviceName = 'HtmlService';
  readonly SandboxMode = { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' } as const;

  /**
   * `files` is the folder holding the project's HTML files (dist/); `evaluator` runs template
   * code in the script's scope (the Emulator passes its loaded bundle's).
   */
  constructor(
    private readonly files: () => string | undefined = () => undefined,
    private readonly evaluator: TemplateEvaluator = (code) => runInNewContext(code),
  ) {}

  createHtmlOutput(html = ''): HtmlOutput {
    return new HtmlOutput(String(html));
  }

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new HtmlOutput(this.read(filename));
  }

  createTemplate(html: string): HtmlTemplate {
    return new HtmlTemplate(String(html), this.evaluator);
  }

  createTemplateFromFile(filename: string): HtmlTemplate {
    return new HtmlTemplate(this.read(filename), this.evaluator);
  }

  /** A project file by name, `.html` optional, as Apps Script resolves it. */
  private read(filename: string): string {
    const name = String(filename).replace(/\.html$/, '');
    const dir = this.files();
    const path = dir === undefined ? undefined : join(dir, `${name}.html`);
    if (path === undefined || !existsSync(path)) throw gasError(`No HTML file named ${name} was found.`);
    return readFileSync(path, 'utf8');
  }
}
