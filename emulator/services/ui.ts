/**
 * The editor's Ui (SpreadsheetApp.getUi()): menus, alerts, prompts, sidebars and dialogs.
 * Everything shown is recorded in a UiRecorder (`emu.ui`), and the user's answers are
 * scripted with `emu.ui.answer(...)`, consumed in order. With nothing queued an alert is
 * answered OK (YES for yes/no sets) and a prompt OK with ''.
 */
import { gasError } from '../runtime/errors';
import { enumOf } from './enums';

export type ButtonName = 'CLOSE' | 'OK' | 'CANCEL' | 'YES' | 'NO';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';
type Button = GoogleAppsScript.Base.Button;
type ButtonSet = GoogleAppsScript.Base.ButtonSet;

export const Buttons = enumOf<typeof GoogleAppsScript.Base.Button>(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSets = enumOf<typeof GoogleAppsScript.Base.ButtonSet>(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);

const BUTTONS_OF: Record<ButtonSetName, readonly ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export type RecordedMenuItem = { caption: string; functionName: string } | { separator: true } | { caption: string; submenu: RecordedMenu };

export interface RecordedMenu {
  title: string;
  addon: boolean;
  items: RecordedMenuItem[];
}

export interface RecordedAlert {
  title?: string;
  prompt: string;
  buttons: ButtonSetName;
  response: ButtonName;
}

export interface RecordedPrompt extends RecordedAlert {
  text: string;
}

export interface RecordedDialog {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  width?: number;
  height?: number;
}

/** A scripted user answer: a button, typed text (for prompts), or both. A bare string is text. */
export type UiAnswer = string | { button?: ButtonName; text?: string };

export class UiRecorder {
  readonly menus: RecordedMenu[] = [];
  readonly alerts: RecordedAlert[] = [];
  readonly prompts: RecordedPrompt[] = [];
  readonly dialogs: RecordedDialog[] = [];
  private readonly queue: { button?: ButtonName; text?: string }[] = [];

  constructor(readonly addonTitle = 'Add-on') {}

  /** Queues the user's next answers, to alerts and prompts alike, in order. */
  answer(...answers: UiAnswer[]): void {
    for (const a of answers) this.queue.push(typeof a === 'string' ? { text: a } : a);
  }

  /** Answers queued and not yet consumed (a test can assert they were all used). */
  pending(): number {
    return this.queue.length;
  }

  /** Every `functionName` of every menu, submenus included. */
  functionNames(): string[] {
    const names: string[] = [];
    const visit = (items: RecordedMenuItem[]): void => {
      for (const item of items) {
        if ('functionName' in item) names.push(item.functionName);
        else if ('submenu' in item) visit(item.submenu.items);
      }
    };
    for (const m of this.menus) visit(m.items);
    return names;
  }

  /** The next answer for a dialog with these buttons. */
  next(buttons: ButtonSetName): { button: ButtonName; text: string } {
    const queued = this.queue.shift();
    const allowed = BUTTONS_OF[buttons];
    const button = queued?.button ?? allowed[0];
    if (button !== 'CLOSE' && !allowed.includes(button)) {
      throw new Error(`Emulator: scripted answer ${button} is not a button of ButtonSet.${buttons} (${allowed.join(', ')})`);
    }
    return { button, text: queued?.text ?? '' };
  }

  addMenu(menu: RecordedMenu): void {
    // onOpen runs on every open: adding a menu again replaces it, as the editor does.
    const i = this.menus.findIndex((m) => m.title === menu.title && m.addon === menu.addon);
    if (i >= 0) this.menus[i] = menu;
    else this.menus.push(menu);
  }
}

export class Menu implements GoogleAppsScript.Base.Menu {
  static readonly serviceName = 'Menu';
  readonly items: RecordedMenuItem[] = [];

  constructor(
    readonly title: string,
    private readonly addon: boolean,
    private readonly recorder: UiRecorder,
  ) {}

  addItem(caption: string, functionName: string): Menu {
    this.items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }

  addSeparator(): Menu {
    this.items.push({ separator: true });
    return this;
  }

  addSubMenu(menu: GoogleAppsScript.Base.Menu): Menu {
    const sub = menu as Menu;
    this.items.push({ caption: sub.title, submenu: sub.snapshot() });
    return this;
  }

  addToUi(): void {
    this.recorder.addMenu(this.snapshot());
  }

  private snapshot(): RecordedMenu {
    return { title: this.title, addon: this.addon, items: [...this.items] };
  }
}

export class PromptResponse implements GoogleAppsScript.Base.PromptResponse {
  static readonly serviceName = 'PromptResponse';

  constructor(
    private readonly button: ButtonName,
    private readonly text: string,
  ) {}

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): Button {
    return this.button as unknown as Button;
  }
}

/** What the Ui needs of an HtmlOutput; HtmlService is another service's. */
interface HtmlLike {
  getContent?(): string;
  getTitle?(): string;
  getWidth?(): number;
  getHeight?(): number;
}

/** Splits the (prompt) / (prompt, buttons) / (title, prompt, buttons) overloads. */
function dialogArgs(args: unknown[]): { title?: string; prompt: string; buttons: ButtonSetName } {
  if (args.length >= 3) return { title: String(args[0]), prompt: String(args[1]), buttons: String(args[2]) as ButtonSetName };
  if (args.length === 2) return { prompt: String(args[0]), buttons: String(args[1]) as ButtonSetName };
  return { prompt: String(args[0]), buttons: 'OK' };
}

export class Ui implements Omit<GoogleAppsScript.Base.Ui, 'showDialog'> {
  static readonly serviceName = 'Ui';
  readonly Button = Buttons;
  readonly ButtonSet = ButtonSets;

  constructor(private readonly recorder: UiRecorder) {}

  createMenu(caption: string): Menu {
    return new Menu(String(caption), false, this.recorder);
  }

  createAddonMenu(): Menu {
    return new Menu(this.recorder.addonTitle, true, this.recorder);
  }

  alert(...args: [string] | [string, ButtonSet] | [string, string, ButtonSet]): Button {
    const { title, prompt, buttons } = dialogArgs(args);
    const { button } = this.recorder.next(buttons);
    this.recorder.alerts.push({ ...(title === undefined ? {} : { title }), prompt, buttons, response: button });
    return button as unknown as Button;
  }

  prompt(...args: [string] | [string, ButtonSet] | [string, string, ButtonSet]): PromptResponse {
    const { title, prompt, buttons } = dialogArgs(args);
    const { button, text } = this.recorder.next(buttons);
    this.recorder.prompts.push({ ...(title === undefined ? {} : { title }), prompt, buttons, response: button, text });
    return new PromptResponse(button, text);
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.show('sidebar', userInterface as HtmlLike);
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.show('modal', userInterface as HtmlLike, title);
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.show('modeless', userInterface as HtmlLike, title);
  }

  private show(kind: RecordedDialog['kind'], html: HtmlLike, title?: string): void {
    if (!html || typeof html !== 'object') throw gasError(`Invalid argument: userInterface`);
    this.recorder.dialogs.push({
      kind,
      title: title ?? html.getTitle?.() ?? '',
      html: html.getContent?.() ?? '',
      ...(html.getWidth ? { width: html.getWidth() } : {}),
      ...(html.getHeight ? { height: html.getHeight() } : {}),
    });
  }
}
