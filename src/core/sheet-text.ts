/**
 * Text the add-on copies from user cells into sheets it owns (`Lỗi dữ liệu`, `Tổng hợp`,
 * `Nhật ký`). setValues parses strings as if typed (AS12): a model named `=IMPORTXML(...)`
 * or `+1` would become a formula, `0912345678` a number, `1/2/2019` a date. A leading
 * apostrophe makes Sheets store the rest as text and is not shown, so every copied string
 * gets one; numbers the add-on computes are written as numbers.
 */
export function neutralise(text: string): string {
  return text === '' ? '' : `'${text}`;
}
