/** Reminders: the send log in `Nhật ký`, each unit's facts, the mails' content and the day's plan. */
export * from './send-log';
export * from './facts';
export * from './content';
export * from './plan';
