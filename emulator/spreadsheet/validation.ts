/** Data validation rules and their builder (AS14). Rules are immutable once built, as in Sheets. */
import type { Surface } from './surface';
import type { CriteriaName } from './enums';
import type { EmuRange } from './range';

type DVB = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type DV = GoogleAppsScript.Spreadsheet.DataValidation;

export interface ValidationSpec {
  criteria: CriteriaName;
  /** requireValueInList values. */
  list?: string[];
  /** requireValueInRange source: a live range, or an A1 reference loaded from data (`=Sheet!A2:A`). */
  range?: EmuRange;
  rangeA1?: string;
  showDropdown: boolean;
  allowInvalid: boolean;
  helpText?: string;
}

export class EmuDataValidation implements Surface<DV, 'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'copy'> {
  static readonly serviceName = 'DataValidation';

  constructor(
    readonly spec: Readonly<ValidationSpec>,
    /** Resolves `rangeAlias` of loaded rules to a live range when the bundle asks for it. */
    private readonly resolveA1: (a1: string) => EmuRange | null,
  ) {}

  getCriteriaType(): CriteriaName {
    return this.spec.criteria;
  }

  getCriteriaValues(): unknown[] {
    const s = this.spec;
    if (s.criteria === 'VALUE_IN_LIST') return [[...(s.list ?? [])], s.showDropdown];
    if (s.criteria === 'VALUE_IN_RANGE') return [s.range ?? (s.rangeA1 ? this.resolveA1(s.rangeA1) : null), s.showDropdown];
    return [];
  }

  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }

  /** AS48: null when no help text is set (DataValidation reference; typed non-null in @types). */
  getHelpText(): string {
    return (this.spec.helpText ?? null) as string;
  }

  copy(): EmuDataValidationBuilder {
    return new EmuDataValidationBuilder(this.resolveA1, { ...this.spec, list: this.spec.list && [...this.spec.list] });
  }

  /** Equality of content, so equal rules written cell by cell merge into one region. */
  sameAs(other: EmuDataValidation): boolean {
    if (other === this) return true;
    const a = this.spec;
    const b = other.spec;
    return (
      a.criteria === b.criteria && a.showDropdown === b.showDropdown && a.allowInvalid === b.allowInvalid && a.helpText === b.helpText &&
      a.range === b.range && a.rangeA1 === b.rangeA1 && (a.list ?? []).join('\u0000') === (b.list ?? []).join('\u0000') && !!a.list === !!b.list
    );
  }
}

export class EmuDataValidationBuilder
  implements Surface<DVB, 'requireValueInList' | 'requireValueInRange' | 'setAllowInvalid' | 'setHelpText' | 'build' | 'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'copy'>
{
  static readonly serviceName = 'DataValidationBuilder';
  private spec: ValidationSpec;
  /** AS48: a fresh builder has no criteria yet (getCriteriaType() null, getCriteriaValues() []). */
  private hasCriteria: boolean;

  constructor(
    private readonly resolveA1: (a1: string) => EmuRange | null,
    spec?: ValidationSpec,
  ) {
    this.hasCriteria = spec !== undefined;
    this.spec = spec ?? { criteria: 'VALUE_IN_LIST', list: [], showDropdown: true, allowInvalid: true };
  }

  requireValueInList(values: string[], showDropdown = true): this {
    this.spec = { ...this.spec, criteria: 'VALUE_IN_LIST', list: values.map(String), range: undefined, rangeA1: undefined, showDropdown };
    this.hasCriteria = true;
    return this;
  }

  requireValueInRange(range: EmuRange, showDropdown = true): this {
    this.spec = { ...this.spec, criteria: 'VALUE_IN_RANGE', range, rangeA1: undefined, list: undefined, showDropdown };
    this.hasCriteria = true;
    return this;
  }

  setAllowInvalid(allowInvalid: boolean): this {
    this.spec = { ...this.spec, allowInvalid };
    return this;
  }

  setHelpText(helpText: string): this {
    this.spec = { ...this.spec, helpText };
    return this;
  }

  getCriteriaType(): CriteriaName {
    return (this.hasCriteria ? this.spec.criteria : null) as CriteriaName;
  }

  getCriteriaValues(): unknown[] {
    return this.hasCriteria ? this.build().getCriteriaValues() : [];
  }

  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }

  /** AS48: null when no help text is set (DataValidation reference; typed non-null in @types). */
  getHelpText(): string {
    return (this.spec.helpText ?? null) as string;
  }

  copy(): EmuDataValidationBuilder {
    const copy = new EmuDataValidationBuilder(this.resolveA1, { ...this.spec });
    copy.hasCriteria = this.hasCriteria;
    return copy;
  }

  build(): EmuDataValidation {
    // Unconfirmed what live Apps Script does here: the emulator refuses a rule that checks nothing.
    if (!this.hasCriteria) throw new Error('Emulator: DataValidationBuilder.build() without criteria (call requireValueInList or requireValueInRange first).');
    return new EmuDataValidation({ ...this.spec, list: this.spec.list && [...this.spec.list] }, this.resolveA1);
  }
}
