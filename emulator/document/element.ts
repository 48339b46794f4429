/**
 * The base of every document element: parent links, siblings, type, and the closed-document
 * guard (AS21). Structure lives in elements.ts, text in text.ts; both extend this.
 */
import { gasError } from '../runtime/errors';
import type { ElementTypeName } from './enums';

/** What an element needs to know about the document it belongs to. */
export interface DocState {
  closed: boolean;
  /** Changed through DocumentApp since the last save (the Docs API does not see those yet). */
  edited?: boolean;
}

export const CLOSED_MESSAGE = 'Document is closed, its contents cannot be updated.';

/** An element that holds others (sections, paragraphs, tables, rows, cells). */
export interface ParentElement extends Element {
  readonly children: Element[];
  /** Removal through the parent, so sections can refuse to lose their last paragraph. */
  detachChild(child: Element): void;
}

/**
 * The real interface's method names, each with the parameters of its last overload: a class
 * `implements Api<GoogleAppsScript.Document.Body, 'appendParagraph' | ...>` can only offer
 * methods the real API has. Return types are left open because the emulator's classes are a
 * subset of the real ones (the bundle is type-checked against @types, not against these).
 */
export type Api<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : never;
};

type As<K extends keyof GoogleAppsScript.Document.Element> = ReturnType<GoogleAppsScript.Document.Element[K]>;

export abstract class Element {
  parent: ParentElement | null = null;
  abstract readonly elementType: ElementTypeName;

  /** The document state of the tree this element is in; null when detached (a copy). */
  docState(): DocState | null {
    return this.parent ? this.parent.docState() : null;
  }

  /** Every mutator calls this first: a closed document refuses edits (AS21). */
  protected edit(): void {
    const state = this.docState();
    if (state?.closed) throw gasError(CLOSED_MESSAGE);
    if (state) state.edited = true;
  }

  getType(): GoogleAppsScript.Document.ElementType {
    return this.elementType as unknown as GoogleAppsScript.Document.ElementType;
  }

  getParent(): GoogleAppsScript.Document.ContainerElement {
    return this.parent as unknown as GoogleAppsScript.Document.ContainerElement;
  }

  private siblingAt(delta: number): GoogleAppsScript.Document.Element {
    if (!this.parent) return null as unknown as GoogleAppsScript.Document.Element;
    const i = this.parent.children.indexOf(this);
    return (this.parent.children[i + delta] ?? null) as unknown as GoogleAppsScript.Document.Element;
  }

  getNextSibling(): GoogleAppsScript.Document.Element {
    return this.siblingAt(1);
  }

  getPreviousSibling(): GoogleAppsScript.Document.Element {
    return this.siblingAt(-1);
  }

  /** True for the last element of the body (descending through last children). */
  isAtDocumentEnd(): boolean {
    const p = this.parent;
    if (!p) return this.elementType === 'BODY_SECTION';
    return p.children[p.children.length - 1] === this && p.isAtDocumentEnd();
  }

  removeFromParent(): this {
    this.edit();
    if (this.parent) this.parent.detachChild(this);
    return this;
  }

  abstract copy(): Element;

  private cast<K extends keyof GoogleAppsScript.Document.Element>(type: ElementTypeName): As<K> {
    if (this.elementType !== type) throw gasError(`Cannot cast element of type ${this.elementType} to ${type}.`);
    return this as unknown as As<K>;
  }

  asBody(): As<'asBody'> { return this.cast<'asBody'>('BODY_SECTION'); }
  asHeaderSection(): As<'asHeaderSection'> { return this.cast<'asHeaderSection'>('HEADER_SECTION'); }
  asFooterSection(): As<'asFooterSection'> { return this.cast<'asFooterSection'>('FOOTER_SECTION'); }
  asParagraph(): As<'asParagraph'> { return this.cast<'asParagraph'>('PARAGRAPH'); }
  asListItem(): As<'asListItem'> { return this.cast<'asListItem'>('LIST_ITEM'); }
  asTable(): As<'asTable'> { return this.cast<'asTable'>('TABLE'); }
  asTableRow(): As<'asTableRow'> { return this.cast<'asTableRow'>('TABLE_ROW'); }
  asTableCell(): As<'asTableCell'> { return this.cast<'asTableCell'>('TABLE_CELL'); }
  asText(): As<'asText'> { return this.cast<'asText'>('TEXT'); }
  asInlineImage(): As<'asInlineImage'> { return this.cast<'asInlineImage'>('INLINE_IMAGE'); }
  asHorizontalRule(): As<'asHorizontalRule'> { return this.cast<'asHorizontalRule'>('HORIZONTAL_RULE'); }
  asPageBreak(): As<'asPageBreak'> { return this.cast<'asPageBreak'>('PAGE_BREAK'); }
}
