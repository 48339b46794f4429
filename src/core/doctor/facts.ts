/**
 * What the self-check ("Kiểm tra cài đặt", `antt doctor`) found, as plain data: the adapter
 * (src/gas/doctor) gathers it in bulk, judge.ts turns it into lines. A service call that
 * failed is kept as its error text, so one missing scope does not stop the other checks.
 */

/** A fact, or why the call that should give it failed. */
export type Fact<T> = { ok: true; value: T } | { ok: false; error: string };

export interface ProtectionFacts {
  warningOnly: boolean;
  /** Editors' addresses (lower case); null where the file cannot tell (an .xlsx). */
  editors: string[] | null;
  domainEdit: boolean | null;
}

export interface UnitFacts {
  name: string;
  tabName: string;
  /** `Email đầu mối` as typed, split. */
  emails: string[];
  hasTab: boolean;
  /** The unit tab's whole-sheet protection; null when it has none. */
  protection: ProtectionFacts | null;
}

export interface WorkbookFacts {
  /** Followed units only. */
  units: UnitFacts[];
  /** `Email quản trị`, split. */
  admins: string[];
  ownedSheets: { name: string; exists: boolean; protected: boolean }[];
  /** `Thư mục báo cáo (ID Google Drive)`, '' when empty. */
  reportFolderId: string;
}

/** The report-folder probe: open the folder, create a test file, move it in, trash it. */
export interface FolderFacts {
  driveEnabled: boolean;
  /** The folder tried: `Cấu hình`'s, else the add-on's own; null when there is none yet. */
  folder: { id: string; name: string; configured: boolean; isFolder: boolean } | null;
  /** The configured folder could not be opened: why. */
  unreachable?: { id: string; error: string };
  /** The first step that failed, with its error. */
  failed?: { step: 'create' | 'move' | 'trash'; error: string };
}

/** What only a live sheet can tell; absent offline. */
export interface LiveFacts {
  authorization: Fact<{ required: boolean; url: string }>;
  folder: Fact<FolderFacts>;
  /** The current user's triggers of the reminder job, and who that user is. */
  triggers: Fact<{ count: number; user: string }>;
  quota: Fact<number>;
  lockAcquired: boolean;
}

export interface DoctorFacts {
  /** The effective user's address (set-up keeps it as an editor of every unit tab). */
  me: string;
  zones: { spreadsheet: string; script: string };
  /** The sheets nothing works without are missing: their names. */
  workbook: WorkbookFacts | { missing: string[] };
  live: LiveFacts | null;
}
