/** A user's mistake or unusable input: its message is one Vietnamese + English line; exit 2. */
export class CliError extends Error {
  readonly exitCode = 2;
  constructor(line: string) {
    super(line);
    this.name = 'CliError';
  }
}
