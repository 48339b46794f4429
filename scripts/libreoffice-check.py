"""Opens an exported workbook in LibreOffice (headless, through UNO) and does what a user
would: types into a unit tab's data cell, follows the first "Mở ô" link of `Lỗi dữ liệu`,
and reads each sheet's protection and print set-up. A manual check (issue 11), not a test:

    /usr/bin/python3 scripts/libreoffice-check.py out/demo/workbook.xlsx "Hàm Mỹ"
    soffice --headless --convert-to pdf --outdir out/print out/demo/workbook.xlsx   # the print

Needs Debian's libreoffice-calc-nogui and python3-uno. Typing into a locked cell is not tried:
LibreOffice answers it with a dialog, which aborts a headless instance; the script reads
the cell's lock instead, which is what that dialog enforces.
"""
import subprocess, sys, time, uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(port=2002):
    subprocess.Popen(['soffice', '--headless', '--invisible', '--norestore',
                      '-env:UserInstallation=file:///tmp/antt-lo-check',
                      f'--accept=socket,host=127.0.0.1,port={port};urp;'])
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    for _ in range(60):
        try:
            return resolver.resolve(f'uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext')
        except Exception:
            time.sleep(1)
    sys.exit('LibreOffice did not start')


def main(path, unit):
    ctx = connect()
    smgr = ctx.ServiceManager
    desktop = smgr.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), '_blank', 0, (prop('Hidden', True),))
    dispatch = smgr.createInstanceWithContext('com.sun.star.frame.DispatchHelper', ctx)
    view = doc.getCurrentController()
    frame = view.getFrame()
    sheets = doc.getSheets()
    pages = doc.getStyleFamilies().getByName('PageStyles')
    for name in sheets.getElementNames():
        sheet = sheets.getByName(name)
        page = pages.getByName(sheet.PageStyle)
        orientation = 'landscape' if page.Width > page.Height else 'portrait'
        print(f'{name}: protected={sheet.isProtected()} {orientation} '
              f'fit-to-width={page.ScaleToPagesX} repeat-row-1={sheet.getPrintTitleRows()}')

    # The link first: the locked-cell dialog below would end the instance.
    errors = sheets.getByName('Lỗi dữ liệu')
    link = errors.getCellRangeByName('I2')
    target = link.getFormula().split('"')[1].lstrip('#')
    view.setActiveSheet(errors)
    view.select(link)
    # A click on a "#..." link jumps through the same slot as Go To Cell (SID_CURRENTCELL).
    dispatch.executeDispatch(frame, '.uno:GoToCell', '', 0, (prop('ToPoint', target),))
    print(f'link {link.getFormula()} -> {view.getActiveSheet().getName()}!{view.getSelection().AbsoluteName.split(".")[-1]}')

    sheet = sheets.getByName(unit)
    headers = [sheet.getCellByPosition(c, 0).getString() for c in range(40)]
    headers = headers[:headers.index('') if '' in headers else 40]
    locked = [h for c, h in enumerate(headers) if sheet.getCellByPosition(c, 1).CellProtection.IsLocked]
    print(f'{unit}: {len(headers) - len(locked)} editable columns, locked: {locked}')
    cell = sheet.getCellRangeByName('B2')
    before = cell.getString()
    view.setActiveSheet(sheet)
    view.select(cell)
    dispatch.executeDispatch(frame, '.uno:EnterString', '', 0, (prop('StringName', 'Thử gõ'),))
    print(f'typed into {unit}!B2: {before!r} -> {cell.getString()!r}')
    doc.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass  # the bridge closes as LibreOffice exits


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
