// What a command prints, kept as lines; stdout and stderr are shown together, as in a terminal.
export interface CommandOutput {
  text: string;
  /** 0 on success, as the shell would see `$?`. */
  exitCode: number;
  clear?: boolean;
}

export const ok = (text: string): CommandOutput => ({ text, exitCode: 0 });
export const fail = (text: string, exitCode = 1): CommandOutput => ({ text, exitCode });
