// What a command prints, kept as lines; stdout and stderr are shown together, as in a terminal.
export interface CommandOutput {
  text: string;
  /** 0 on success, as the shell would see `$?`. */
  exitCode: number;
  clear?: boolean;
  /** `kubectl edit`: the object's YAML for an in-page editor, and what saving it does. */
  edit?: EditRequest;
}

/**
 * What `kubectl edit` hands to an editor. A page that has one shows `text` under `title` and calls `save`
 * with the edited text; without one, the terminal prints the command's `text` (kubectl's words when no
 * editor can be launched).
 */
export interface EditRequest {
  title: string;
  text: string;
  /** Applies the edited text with the same validation as any write; prints what kubectl edit prints. */
  save(text: string): CommandOutput;
}

export const ok = (text: string): CommandOutput => ({ text, exitCode: 0 });
export const fail = (text: string, exitCode = 1): CommandOutput => ({ text, exitCode });

/** kubectl's cmdutil.UsageErrorf (cmd/util/helpers.go): the message, then where to read `kubectl COMMAND`'s help. */
export const usageError = (command: string, text: string): CommandOutput =>
  fail(`error: ${text}\nSee 'kubectl ${command} -h' for help and examples`);

/** Lines first, errors after them, as kubectl prints a batch; failing if any object failed. */
export function finish(lines: string[], errors: string[]): CommandOutput {
  const text = [...lines, ...errors].join('\n');
  return errors.length > 0 ? fail(text) : ok(text);
}
