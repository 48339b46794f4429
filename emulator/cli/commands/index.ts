/**
 * The table of `antt` commands. To add one: write commands/<name>.ts exporting a CommandSpec
 * (its FILE argument, its options with their kinds, its run) and list it here; parsing, the
 * refusals, date and output-path checks and --help follow from the declaration.
 */
import type { CommandSpec } from '../spec';
import { confirmCommand } from './confirm';
import { demoCommand } from './demo';
import { doctorCommand } from './doctor';
import { remindCommand } from './remind';
import { reportCommand } from './report';
import { setupCommand } from './setup';
import { totalsCommand } from './totals';
import { validateCommand } from './validate';

export const COMMANDS: readonly CommandSpec[] = [demoCommand, setupCommand, validateCommand, totalsCommand, reportCommand, confirmCommand, remindCommand, doctorCommand];
