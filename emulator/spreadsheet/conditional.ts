/** Conditional format rules and their builder. */
import { normaliseColor } from './colors';
import type { Surface } from './surface';
import type { EmuRange } from './range';

type CFB = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type CFR = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

export interface ConditionalSpec {
  ranges: EmuRange[];
  formula?: string;
  textStartsWith?: string;
  background?: string;
  fontColor?: string;
}

/** The rule's condition, as `getBooleanCondition()` returns it (null for gradient rules). */
export class EmuBooleanCondition
  implements Surface<GoogleAppsScript.Spreadsheet.BooleanCondition, 'getCriteriaType' | 'getCriteriaValues' | 'getBackground' | 'getFontColor'>
{
  static readonly serviceName = 'BooleanCondition';
  constructor(private readonly spec: Readonly<ConditionalSpec>) {}

  getCriteriaType(): string {
    return this.spec.formula !== undefined ? 'CUSTOM_FORMULA' : 'TEXT_STARTS_WITH';
  }

  getCriteriaValues(): string[] {
    return [this.spec.formula ?? this.spec.textStartsWith ?? ''];
  }

  getBackground(): string | null {
    return this.spec.background ?? null;
  }

  getFontColor(): string | null {
    return this.spec.fontColor ?? null;
  }
}

export class EmuConditionalFormatRule implements Surface<CFR, 'getRanges' | 'copy' | 'getBooleanCondition'> {
  static readonly serviceName = 'ConditionalFormatRule';
  constructor(readonly spec: Readonly<ConditionalSpec>) {}

  getBooleanCondition(): EmuBooleanCondition | null {
    return this.spec.formula === undefined && this.spec.textStartsWith === undefined ? null : new EmuBooleanCondition(this.spec);
  }

  getRanges(): EmuRange[] {
    return [...this.spec.ranges];
  }

  copy(): EmuConditionalFormatRuleBuilder {
    return new EmuConditionalFormatRuleBuilder({ ...this.spec, ranges: [...this.spec.ranges] });
  }
}

export class EmuConditionalFormatRuleBuilder
  implements Surface<CFB, 'whenFormulaSatisfied' | 'whenTextStartsWith' | 'setBackground' | 'setFontColor' | 'setRanges' | 'getRanges' | 'build' | 'copy'>
{
  static readonly serviceName = 'ConditionalFormatRuleBuilder';
  constructor(private spec: ConditionalSpec = { ranges: [] }) {}

  whenFormulaSatisfied(formula: string): this {
    this.spec = { ...this.spec, formula, textStartsWith: undefined };
    return this;
  }

  whenTextStartsWith(text: string): this {
    this.spec = { ...this.spec, textStartsWith: text, formula: undefined };
    return this;
  }

  setBackground(color: string | null): this {
    this.spec = { ...this.spec, background: normaliseColor(color) };
    return this;
  }

  setFontColor(color: string | null): this {
    this.spec = { ...this.spec, fontColor: normaliseColor(color) };
    return this;
  }

  setRanges(ranges: EmuRange[]): this {
    this.spec = { ...this.spec, ranges: [...ranges] };
    return this;
  }

  getRanges(): EmuRange[] {
    return [...this.spec.ranges];
  }

  copy(): EmuConditionalFormatRuleBuilder {
    return new EmuConditionalFormatRuleBuilder({ ...this.spec, ranges: [...this.spec.ranges] });
  }

  build(): EmuConditionalFormatRule {
    return new EmuConditionalFormatRule({ ...this.spec, ranges: [...this.spec.ranges] });
  }
}
