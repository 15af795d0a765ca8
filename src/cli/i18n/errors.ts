/** The words of errors: what was wrong and how to fix it, by error code, and warnings. */
export interface ErrorWords {}
