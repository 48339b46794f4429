/**
 * AS38 through the bundle: set-up protects each unit tab the way Google's Protection sample
 * does, on a spreadsheet shared the way district offices share it.
 */
import { Emulator } from '../../emulator/emulator';
import { buildSampleWorkbook, UNITS } from '../../emulator/sample';
import type { Sharing } from '../../emulator/spreadsheet/protection';
import { BUNDLE, NOW, sheetOf, valuesOf } from './harness';

const OWNER = 'vanthu@example.com';
const ME = 'canbo@example.com';
const GROUP = 'bcd-huyen@example.com';

function sharedBook(sharing: Sharing): Emulator {
  return new Emulator({ now: NOW, owner: OWNER, user: ME, sharing, data: buildSampleWorkbook() }).load(BUNDLE);
}

function unitProtection(emu: Emulator, unit = UNITS[0]) {
  const [p] = sheetOf(emu, unit.tabName).getProtections('SHEET');
  return p;
}

function wantedEditors(emu: Emulator, code: string): string[] {
  const units = valuesOf(emu, 'Đơn vị');
  const h = units[0].map(String);
  const row = units.find((r) => r[h.indexOf('Mã đơn vị')] === code);
  const focal = String(row?.[h.indexOf('Email đầu mối')] ?? '').split(/[,;\s]+/).filter(Boolean);
  const settings = valuesOf(emu, 'Cấu hình');
  const admins = String(settings.find((r) => r[0] === 'Email quản trị')?.[1] ?? '').split(/[,;\s]+/).filter(Boolean);
  return [...focal, ...admins].map((e) => e.toLowerCase());
}

describe('AS38 set-up protections on a shared spreadsheet', () => {
  test('removes the other editors and keeps the current user, the owner, the focal points and the admins', () => {
    const emu = sharedBook({ editors: [ME, 'nguoingoai@example.com', 'xa-khac@example.com'] });
    emu.run('menuSetup');
    const p = unitProtection(emu);
    const editors = p.getEditors().map((u) => u.getEmail().toLowerCase()).sort();
    expect(editors).toEqual([...new Set([OWNER, ME, ...wantedEditors(emu, UNITS[0].code)])].sort());
    expect(editors).not.toContain('nguoingoai@example.com');
  });

  test('turns domain editing off when the file is shared with the domain', () => {
    const emu = sharedBook({ editors: [ME], domainEdit: true });
    emu.run('menuSetup');
    for (const unit of UNITS) expect(unitProtection(emu, unit).canDomainEdit()).toBe(false);
  });

  test('survives a user who edits the file only through a group: the user is added first, the group removed', () => {
    const emu = sharedBook({ editors: [GROUP, 'xa-khac@example.com'], groups: { [GROUP]: [ME, 'pho-bcd@example.com'] } });
    expect(() => emu.run('menuSetup')).not.toThrow();
    const p = unitProtection(emu);
    const editors = p.getEditors().map((u) => u.getEmail().toLowerCase());
    expect(editors).toContain(ME);
    expect(editors).not.toContain(GROUP);
    expect(p.canEdit()).toBe(true);
  });
});
