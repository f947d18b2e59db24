// A workspace's cluster text: the widget's own scenario plus the current text of every playground that shares
// its workspace, as one multi-document YAML stream. A playground whose text has errors is left out, and the
// widget says so rather than silently routing with an older text.
export interface WorkspaceSource {
  /** What the reader sees as the playground's title (its file name). */
  title: string;
  text: string;
  errors: number;
  edited: boolean;
}

export interface WorkspaceText {
  text: string;
  /** Playgrounds left out because their text has errors. */
  broken: WorkspaceSource[];
  /** Playgrounds whose edited text was used. */
  edited: WorkspaceSource[];
}

export function joinWorkspace(scenario: string | undefined, sources: WorkspaceSource[]): WorkspaceText {
  const usable = sources.filter((s) => s.errors === 0);
  const parts = [...(scenario ? [scenario] : []), ...usable.map((s) => s.text)]
    .map(trimDocument)
    .filter((p) => p.length > 0);
  return {
    text: parts.join('\n---\n'),
    broken: sources.filter((s) => s.errors > 0),
    edited: usable.filter((s) => s.edited),
  };
}

/** A leading or trailing `---` (or `...`) would make an empty document when texts are joined. */
function trimDocument(text: string): string {
  return text
    .replace(/^---[ \t]*\n/, '')
    .replace(/(\n|^)(---|\.\.\.)\s*$/, '')
    .trimEnd();
}
