/** AS38 protections as the Protection reference and its sample describe them. */
import { Emulator } from '../../emulator/emulator';
import type { Sharing } from '../../emulator/spreadsheet/protection';
import { thrownText } from './thrown';

const OWNER = 'owner@huyen.gov.vn';
const ME = 'canbo@huyen.gov.vn';
const GROUP = 'bcd@huyen.gov.vn';

function sheetShared(sharing: Sharing, user = ME) {
  const emu = new Emulator({ owner: OWNER, user, sharing });
  const sheet = emu.spreadsheet!.getSheets()[0];
  return sheet;
}

const emails = (p: { getEditors(): { getEmail(): string }[] }) => p.getEditors().map((u) => u.getEmail()).sort();

describe('AS38 protections', () => {
  test('a new protection mirrors the spreadsheet: its editors, the owner and domain editing', () => {
    const p = sheetShared({ editors: [ME, 'xa@huyen.gov.vn'], domainEdit: true }).protect();
    expect(emails(p)).toEqual([ME, OWNER, 'xa@huyen.gov.vn'].sort());
    expect(p.canDomainEdit()).toBe(true);
    expect(p.canEdit()).toBe(true);
    p.setDomainEdit(false);
    expect(p.canDomainEdit()).toBe(false);
  });

  test('neither the owner nor the current user can be removed', () => {
    const p = sheetShared({ editors: [ME, 'xa@huyen.gov.vn'] }).protect();
    p.removeEditors(p.getEditors().map((u) => u.getEmail()));
    expect(emails(p)).toEqual([ME, OWNER].sort());
  });

  test('removing the group the current user edits through throws; adding the user first (the sample) works', () => {
    const sharing = { editors: [GROUP, 'xa@huyen.gov.vn'], groups: { [GROUP]: [ME, 'pho@huyen.gov.vn'] } };
    const p = sheetShared(sharing).protect();
    expect(p.canEdit()).toBe(true);
    expect(thrownText(() => p.removeEditors([GROUP]))).toBe(
      'Exception: You cannot remove yourself from the editors of this protected range: add yourself as an editor first.',
    );
    const q = sheetShared(sharing).protect();
    q.addEditor(ME);
    q.removeEditors(q.getEditors());
    expect(emails(q)).toEqual([ME, OWNER].sort());
    expect(q.canEdit()).toBe(true);
  });

  test('warning-only → restricted without naming editors: every editor of the document edits', () => {
    const p = sheetShared({ editors: [ME, 'xa@huyen.gov.vn', 'thon@huyen.gov.vn'] }).protect();
    p.removeEditors(['xa@huyen.gov.vn', 'thon@huyen.gov.vn']);
    p.setWarningOnly(true);
    p.setWarningOnly(false);
    expect(emails(p)).toEqual([ME, OWNER, 'thon@huyen.gov.vn', 'xa@huyen.gov.vn'].sort());
  });

  test('domain editing lets any user of the domain edit; a consumer owner cannot turn it on', () => {
    const p = sheetShared({ editors: [], domainEdit: true }, 'khac@huyen.gov.vn').protect();
    p.removeEditors(['khac@huyen.gov.vn']);
    expect(p.canEdit()).toBe(true);
    const consumer = new Emulator({ owner: 'a@gmail.com' }).spreadsheet!.getSheets()[0].protect();
    expect(thrownText(() => consumer.setDomainEdit(true))).toBe('Exception: You cannot enable domain editing for a spreadsheet owned by a consumer account.');
  });
});
