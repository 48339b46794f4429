/** A search result: an element and, for text, the matched offsets. */
import type { Element } from './element';

export class RangeElement implements Pick<GoogleAppsScript.Document.RangeElement, 'getElement' | 'getStartOffset' | 'getEndOffsetInclusive' | 'isPartial'> {
  static readonly serviceName = 'RangeElement';

  constructor(
    readonly element: Element,
    readonly start: number,
    readonly endInclusive: number,
  ) {}

  getElement(): GoogleAppsScript.Document.Element {
    return this.element as unknown as GoogleAppsScript.Document.Element;
  }

  getStartOffset(): number {
    return this.start;
  }

  getEndOffsetInclusive(): number {
    return this.endInclusive;
  }

  isPartial(): boolean {
    return true;
  }
}
