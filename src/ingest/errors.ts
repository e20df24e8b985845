/**
 * An error in what the user gave us (a file, a flag, a query), as opposed to a bug. The CLI prints
 * its message as one line and exits non-zero; it never shows a stack trace for it.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}
