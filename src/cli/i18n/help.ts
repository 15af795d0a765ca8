/** The words of the command line itself: help texts, examples, commander's messages. */
export interface Help {}
