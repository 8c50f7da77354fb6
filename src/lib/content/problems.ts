// A problem found in content: where (file, line), what (field) and what to do (message).
// Printed as `file:line: field: message`, the form editors' terminals and editors turn into links,
// in the editor's language (src/i18n/messages/).
import { checkMessages } from '../../i18n/messages';

export interface Problem {
  file: string;
  line: number;
  field: string;
  message: string;
  /** An error stops the build; a warning does not; a pending translation is listed, not published. */
  severity: 'error' | 'warning' | 'pending';
}

export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}`;
  const prefix = p.severity === 'error' ? '' : `${checkMessages().severity[p.severity]}: `;
  return p.field ? `${where}: ${prefix}${p.field}: ${p.message}` : `${where}: ${prefix}${p.message}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join('\n');
}

export const errorsIn = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error');
export const pendingIn = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'pending');

/** Thrown by the build (and, in `astro dev`, by every page) when content is invalid; its message lists every error. */
export class ContentError extends Error {
  constructor(
    readonly problems: readonly Problem[],
    /** What happens next, said after the count: a build stops, a dev server waits for the fix. */
    when: 'build' | 'dev' = 'build',
  ) {
    const errors = errorsIn(problems);
    const m = checkMessages().outcome;
    super(`${m.count(errors.length)} ${m[when]}\n${formatProblems(errors)}`);
    this.name = 'ContentError';
    // The problems are the whole story: where in the code they were found does not help an editor.
    this.stack = `${this.name}: ${this.message}`;
  }
}
