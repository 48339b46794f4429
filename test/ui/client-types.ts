/**
 * Type test of the sidebar's google.script.run client (checked by `npm run typecheck`, never
 * run): each `@ts-expect-error` line must fail to compile, or tsc reports it unused.
 */
import { server } from '../../src/ui/client/server';

export async function typeChecks(): Promise<unknown> {
  // The right calls compile and resolve with the endpoint's own result type.
  const report = await server.makeReport('2019-04-24', '2018-10-25', true);
  if ('url' in report) report.url.toUpperCase();
  await server.selectCell('Tân Lập', 'G7');

  // @ts-expect-error the PDF flag is a boolean, not a string
  await server.makeReport('2019-04-24', '2018-10-25', 'có');
  // @ts-expect-error selectCell takes the sheet and the cell
  await server.selectCell('Tân Lập');
  // @ts-expect-error a date is not a legal argument: the endpoints take ISO strings
  await server.getTotals(new Date());
  // @ts-expect-error menus and triggers are not google.script.run endpoints of the client
  await server.menuValidate();
  // @ts-expect-error there is no such endpoint
  await server.validateEverything();
  // @ts-expect-error the result is the endpoint's type: a report result has no `issues`
  return report.issues;
}
