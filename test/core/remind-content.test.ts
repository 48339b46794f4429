/** The reminders' words, as text and as escaped HTML (literal expected bodies). */
import { noAddressMail, summaryMail, unitMail, type UnitFacts, type UnitMailInput } from '../../src/core/remind';

function facts(over: Partial<UnitFacts> = {}): UnitFacts {
  return {
    code: 'HAM_CAN', name: 'Xã Hàm Cần', tabName: 'Hàm Cần', emails: ['hc@x.vn'], badEmails: [],
    errors: 0, overdueMeetings: 0, reviewsDue: 0, problems: [], ...over,
  };
}

function mail(over: Partial<UnitMailInput> = {}): UnitMailInput {
  return {
    unit: facts(), confirmation: { state: 'missing', confirmedOn: null, returned: null },
    period: '2019-04', deadline: '2019-04-25', today: '2019-04-20', overdue: false, link: 'https://x/#gid=1', ...over,
  };
}

const FOOTER = 'Thư này do tiện ích Mô hình ANTT gửi tự động từ bảng tính theo dõi của huyện.';
const TODO = 'Việc cần làm: sửa các lỗi trên trang "Hàm Cần", cập nhật ngày sinh hoạt, sơ kết, tổng kết của các mô hình, rồi mở trang của đơn vị và chọn "Mô hình ANTT → Xác nhận số liệu kỳ này".';

describe('unitMail', () => {
  test('before the deadline: subject with the deadline, days left, state, problems, link, what to do', () => {
    const m = unitMail(mail({ unit: facts({ problems: ['Hàm Cần, dòng 3: sai ngày', 'Hàm Cần, dòng 4: thiếu tên'] }) }));
    expect(m.subject).toBe('[Mô hình ANTT] Nhắc cập nhật số liệu kỳ 04/2019 – Xã Hàm Cần (hạn 25/04/2019)');
    expect(m.text).toBe([
      'Kính gửi đầu mối Xã Hàm Cần,',
      'Hạn cập nhật và xác nhận số liệu mô hình "Tự phòng, tự quản" kỳ 04/2019 là ngày 25/04/2019 (còn 5 ngày).',
      'Tình trạng xác nhận số liệu: Chưa xác nhận.',
      'Các vấn đề cần xử lý (2):',
      '- Hàm Cần, dòng 3: sai ngày\n- Hàm Cần, dòng 4: thiếu tên',
      'Trang dữ liệu của đơn vị: https://x/#gid=1',
      TODO,
      FOOTER,
    ].join('\n\n') + '\n');
    expect(m.html).toBe('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>\n' + [
      '<p>Kính gửi đầu mối Xã Hàm Cần,</p>',
      '<p>Hạn cập nhật và xác nhận số liệu mô hình &quot;Tự phòng, tự quản&quot; kỳ 04/2019 là ngày 25/04/2019 (còn 5 ngày).</p>',
      '<p>Tình trạng xác nhận số liệu: Chưa xác nhận.</p>',
      '<p>Các vấn đề cần xử lý (2):</p>',
      '<ul><li>Hàm Cần, dòng 3: sai ngày</li><li>Hàm Cần, dòng 4: thiếu tên</li></ul>',
      '<p>Trang dữ liệu của đơn vị: <a href="https://x/#gid=1">https://x/#gid=1</a></p>',
      `<p>${TODO.replace(/"/g, '&quot;')}</p>`,
      `<p>${FOOTER}</p>`,
    ].join('\n') + '\n</body></html>');
  });

  test('on the deadline day "(hôm nay)"; after it, days past and the overdue subject', () => {
    expect(unitMail(mail({ today: '2019-04-25' })).text).toContain('là ngày 25/04/2019 (hôm nay).');
    const late = unitMail(mail({ today: '2019-04-28', overdue: true }));
    expect(late.subject).toBe('[Mô hình ANTT] Quá hạn cập nhật số liệu kỳ 04/2019 – Xã Hàm Cần');
    expect(late.text).toContain('là ngày 25/04/2019, đã quá 3 ngày.');
  });

  test('no problems: one sentence; a returned confirmation gives its day and reason', () => {
    const m = unitMail(mail({ confirmation: { state: 'missing', confirmedOn: null, returned: { day: '2019-04-22', reason: 'sai <số> "liệu"', user: 'a' } } }));
    expect(m.text).toContain('Tình trạng xác nhận số liệu: Chưa xác nhận.\n\nSố liệu đã xác nhận bị trả lại ngày 22/04/2019. Lý do: sai <số> "liệu"\n\nKhông còn lỗi dữ liệu nào.\n\n');
    expect(m.html).toContain('<p>Số liệu đã xác nhận bị trả lại ngày 22/04/2019. Lý do: sai &lt;số&gt; &quot;liệu&quot;</p>\n<p>Không còn lỗi dữ liệu nào.</p>');
  });

  test('20 problems are listed; from 21 the rest is counted', () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => `vấn đề ${i + 1}`);
    const twenty = unitMail(mail({ unit: facts({ problems: list(20) }) })).text;
    expect(twenty).toContain('- vấn đề 20\n\nTrang dữ liệu');
    const many = unitMail(mail({ unit: facts({ problems: list(23) }) })).text;
    expect(many).toContain('Các vấn đề cần xử lý (23):');
    expect(many).toContain('- vấn đề 20\n\nvà 3 vấn đề khác.\n\nTrang dữ liệu');
    expect(many).not.toContain('vấn đề 21');
  });

  test('user text is escaped in HTML, plain in text', () => {
    const m = unitMail(mail({ unit: facts({ name: "<b>A&B's</b>", problems: ['x <i>y</i>'] }), link: 'https://x/?a=1&b="2"' }));
    expect(m.text).toContain("Kính gửi đầu mối <b>A&B's</b>,");
    expect(m.html).toContain('<p>Kính gửi đầu mối &lt;b&gt;A&amp;B&#39;s&lt;/b&gt;,</p>');
    expect(m.html).toContain('<li>x &lt;i&gt;y&lt;/i&gt;</li>');
    expect(m.html).toContain('<a href="https://x/?a=1&amp;b=&quot;2&quot;">https://x/?a=1&amp;b=&quot;2&quot;</a>');
  });
});

describe('noAddressMail', () => {
  test('to the admins: the unit, the cell\'s values, each reason, then the situation', () => {
    const u = facts({ emails: [], badEmails: ['abc', 'x@'], errors: 2, overdueMeetings: 1, reviewsDue: 3 });
    const m = noAddressMail(mail({ unit: u }));
    expect(m.subject).toBe('[Mô hình ANTT] Xã Hàm Cần chưa có email đầu mối hợp lệ – kỳ 04/2019');
    expect(m.text.split('\n\n').slice(0, 5)).toEqual([
      'Kính gửi Ban Chỉ đạo huyện,',
      'Xã Hàm Cần không có địa chỉ email đầu mối hợp lệ (cột "Email đầu mối" trong trang "Đơn vị": "abc", "x@"), nên thư nhắc của đơn vị không gửi được.',
      'Lý do cần nhắc đơn vị:',
      '- còn 2 lỗi dữ liệu\n- 1 mô hình quá hạn sinh hoạt\n- 3 mô hình đến hạn sơ kết, tổng kết trong tháng tới\n- chưa xác nhận số liệu kỳ này',
      'Hạn cập nhật và xác nhận số liệu mô hình "Tự phòng, tự quản" kỳ 04/2019 là ngày 25/04/2019 (còn 5 ngày).',
    ]);
    expect(m.text).toContain('Việc cần làm: bổ sung email đầu mối của Xã Hàm Cần vào trang "Đơn vị"');
  });

  test('only the reasons that hold; an empty cell says so', () => {
    const m = noAddressMail(mail({ unit: facts({ emails: [], reviewsDue: 1 }), confirmation: { state: 'late', confirmedOn: '2019-04-26', returned: null } }));
    expect(m.text).toContain('trang "Đơn vị": để trống)');
    expect(m.text).toContain('Lý do cần nhắc đơn vị:\n\n- 1 mô hình đến hạn sơ kết, tổng kết trong tháng tới\n\nHạn');
  });
});

describe('summaryMail', () => {
  test('counts by state and one line per unit with its errors and overdue meetings', () => {
    const rows = [
      { unit: facts({ name: 'A', errors: 1 }), confirmation: { state: 'on-time' as const, confirmedOn: '2019-04-20', returned: null } },
      { unit: facts({ name: 'B', overdueMeetings: 2 }), confirmation: { state: 'late' as const, confirmedOn: '2019-04-26', returned: null } },
      { unit: facts({ name: 'C' }), confirmation: { state: 'missing' as const, confirmedOn: null, returned: null } },
      { unit: facts({ name: 'D' }), confirmation: { state: 'missing' as const, confirmedOn: null, returned: null } },
    ];
    const m = summaryMail('2019-04', '2019-04-25', rows, 'https://x/');
    expect(m.subject).toBe('[Mô hình ANTT] Tổng hợp xác nhận số liệu kỳ 04/2019');
    expect(m.text).toBe([
      'Kính gửi Ban Chỉ đạo huyện,',
      'Tình hình xác nhận số liệu kỳ 04/2019 sau hạn 25/04/2019:',
      'Đúng hạn: 1 đơn vị; trễ hạn: 1; chưa xác nhận: 2.',
      '- A: Đúng hạn; 1 lỗi; 0 mô hình quá hạn sinh hoạt.\n- B: Trễ hạn; 0 lỗi; 2 mô hình quá hạn sinh hoạt.\n- C: Chưa xác nhận; 0 lỗi; 0 mô hình quá hạn sinh hoạt.\n- D: Chưa xác nhận; 0 lỗi; 0 mô hình quá hạn sinh hoạt.',
      'Bảng tính theo dõi của huyện: https://x/',
      'Việc cần làm: nhắc các đơn vị chưa xác nhận; khi cần trả lại số liệu, dùng menu "Mô hình ANTT → Trả lại số liệu".',
      FOOTER,
    ].join('\n\n') + '\n');
  });
});
