/** An e-mail address as the add-on accepts it (S03 for `Email đầu mối`, reminders' recipients). */
const EMAIL = /^[^\s@,;"<>]+@[^\s@,;"<>]+\.[^\s@,;"<>.]{2,}$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

/** Addresses compare without case: Apps Script reports the user's address in lower case. */
export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
