/**
 * A mistake or a missing prerequisite the user can fix: the CLI prints its
 * message on one line (no stack trace) and exits 1.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}
