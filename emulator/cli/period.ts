import type { OptionSpec } from './spec';

/** The report period's options, shared by totals and report (the order check is in args.ts). */
export const PERIOD_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  'as-of': { kind: 'day', help: 'the last day of the period (figures as of this day); default --today' },
  from: { kind: 'day', help: 'the first day of the period; default six months before --as-of' },
};
