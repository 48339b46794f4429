/**
 * Building the page: every piece of text goes in as a text node (textContent), never as
 * HTML, so names typed into the workbook (`<img src=x onerror=…>`) show literally.
 */
export type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  text?: string;
  attrs?: Record<string, string>;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, children: readonly Child[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  append(node, children);
  return node;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** A status line screen readers announce when it changes. */
export function statusLine(className = 'status'): HTMLParagraphElement {
  return el('p', { class: className, attrs: { role: 'status', 'aria-live': 'polite' } });
}

/** Sets a status line's text and tone ('' | 'error' | 'ok'). */
export function say(line: HTMLElement, text: string, tone: '' | 'error' | 'ok' = ''): void {
  line.textContent = text;
  line.dataset.tone = tone;
}
