/** Rich text with a link (the issues sheet links each issue to its cell). One link per cell. */
import type { Surface } from './surface';

type RTV = GoogleAppsScript.Spreadsheet.RichTextValue;
type RTVB = GoogleAppsScript.Spreadsheet.RichTextValueBuilder;

export class EmuRichTextValue implements Surface<RTV, 'getText' | 'getLinkUrl' | 'copy'> {
  static readonly serviceName = 'RichTextValue';
  constructor(
    readonly text: string,
    readonly linkUrl: string | null,
  ) {}

  getText(): string {
    return this.text;
  }

  getLinkUrl(_startOffset?: number, _endOffset?: number): string | null {
    return this.linkUrl;
  }

  copy(): EmuRichTextValueBuilder {
    return new EmuRichTextValueBuilder(this.text, this.linkUrl);
  }
}

export class EmuRichTextValueBuilder implements Surface<RTVB, 'setText' | 'setLinkUrl' | 'build'> {
  static readonly serviceName = 'RichTextValueBuilder';
  constructor(
    private text = '',
    private linkUrl: string | null = null,
  ) {}

  setText(text: string): this {
    this.text = text;
    return this;
  }

  /** `setLinkUrl(url)` or `setLinkUrl(start, end, url)`; a partial link is kept as the cell's link. */
  setLinkUrl(a: string | number | null, _end?: number, url?: string | null): this {
    this.linkUrl = typeof a === 'number' ? (url ?? null) : a;
    return this;
  }

  build(): EmuRichTextValue {
    return new EmuRichTextValue(this.text, this.linkUrl);
  }
}
