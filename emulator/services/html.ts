/**
 * HtmlService: HTML outputs for dialogs and sidebars. Only the IFRAME sandbox exists (AS32);
 * the emulator keeps the HTML so tests can read what the user would see.
 */
type Api<T, K extends keyof T> = { [P in K]: unknown };

export class HtmlOutput implements Api<GoogleAppsScript.HTML.HtmlOutput, 'getContent' | 'setContent' | 'append' | 'setTitle' | 'getTitle' | 'setWidth' | 'setHeight' | 'getWidth' | 'getHeight' | 'setSandboxMode'> {
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

export class HtmlService implements Api<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput'> {
  static readonly serviceName = 'HtmlService';
  readonly SandboxMode = { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' } as const;

  createHtmlOutput(html = ''): HtmlOutput {
    return new HtmlOutput(String(html));
  }
}
