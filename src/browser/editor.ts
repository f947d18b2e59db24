// The code editor, loaded only when a reader starts editing: CodeMirror 6 with undo history, the default
// keymap, YAML mode, line numbers and lint marks fed by the engine's diagnostics.
// Tab is left to the browser, so keyboard users can always move on from the editor.
// The caret and selection are the browser's own (no drawSelection, unlike CodeMirror's minimalSetup): the
// drawn cursor layer is measured, redrawn and its blink animation restarted on every keystroke, which cost
// each keystroke 1-2 ms of main-thread work in a 300-line manifest (Chromium traces; `npm run bench`).
// The editor lives in a shadow root: CodeMirror then mounts its styles as constructed (adopted) style
// sheets, which the site's Content-Security-Policy allows, instead of <style> elements, which it blocks.
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { EditorState, type Text } from '@codemirror/state';
import {
  EditorView,
  highlightActiveLine,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  tooltips,
} from '@codemirror/view';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { lintKeymap, setDiagnostics, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import type { Diagnostic } from '../engine';
import { yaml } from './yaml-language';

export interface Editor {
  text(): string;
  setText(text: string): void;
  setDiagnostics(diagnostics: Diagnostic[]): void;
  /** Moves the cursor to a 1-based line and column and focuses the editor. */
  goTo(line: number, column: number): void;
  /** Selects from `anchor` to `head` (offsets into the text) and focuses the editor. */
  select(anchor: number, head: number): void;
  focus(): void;
}

export interface EditorOptions {
  label: string;
  onChange: (text: string) => void;
}

function offset(doc: Text, line: number, column: number): number {
  const l = doc.line(Math.min(Math.max(1, line), doc.lines));
  return Math.min(l.from + Math.max(0, column - 1), l.to);
}

function toLint(doc: Text, d: Diagnostic): LintDiagnostic {
  const from = offset(doc, d.line, d.column);
  let to = offset(doc, d.endLine, d.endColumn);
  // A zero-width mark is hard to see: underline the rest of the line instead.
  if (to <= from) to = Math.max(from, doc.lineAt(from).to);
  const message = d.path ? `${d.path}: ${d.message}` : d.message;
  return { from, to, severity: d.severity, message: d.hint ? `${message}\n${d.hint}` : message };
}

// Starlight's palette reaches into the shadow root through inherited custom properties.
const theme = EditorView.theme({
  '&': {
    border: '1px solid var(--sl-color-gray-5)',
    borderRadius: '0.35rem',
    fontSize: 'var(--sl-text-sm)',
    maxHeight: '32rem',
    color: 'var(--sl-color-white)',
    backgroundColor: 'var(--sl-color-bg)',
  },
  '&.cm-focused': { outline: '2px solid var(--sl-color-accent-high)', outlineOffset: '2px' },
  '.cm-scroller': { fontFamily: 'var(--__sl-font-mono)', lineHeight: '1.6' },
  '.cm-gutters': { backgroundColor: 'var(--sl-color-gray-6)', color: 'var(--sl-color-gray-2)', border: 'none' },
  '.cm-activeLine': { backgroundColor: 'var(--sl-color-gray-6)' },
  '.cm-content': { caretColor: 'var(--sl-color-white)' },
  '.cm-tooltip': {
    backgroundColor: 'var(--sl-color-bg)',
    color: 'var(--sl-color-white)',
    border: '1px solid var(--sl-color-gray-4)',
    maxWidth: 'min(32rem, calc(100vw - 1rem))',
  },
  '.cm-diagnosticText': { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

// CodeMirror's default highlight colours are for a light background only; these follow Starlight's light and
// dark palettes (the same hues the page's Expressive Code blocks use for keys, strings and numbers).
const highlight = HighlightStyle.define([
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: 'var(--sl-color-accent-high)' },
  { tag: [tags.string, tags.special(tags.string), tags.content], color: 'var(--sl-color-white)' },
  { tag: [tags.number, tags.bool, tags.null, tags.keyword], color: 'var(--sl-color-orange-high)' },
  { tag: [tags.comment, tags.lineComment], color: 'var(--sl-color-gray-2)', fontStyle: 'italic' },
  { tag: [tags.meta, tags.separator, tags.punctuation], color: 'var(--sl-color-gray-2)' },
]);

/** Where a lint tooltip may go: the page's content column. Past its right edge a tooltip would slide under
 * the table of contents (Starlight's sidebar stacks above the content), and past the screen on a phone. */
function contentColumn(view: EditorView): { top: number; left: number; bottom: number; right: number } {
  const host = (view.dom.getRootNode() as ShadowRoot).host as Element | undefined;
  const column = host?.closest('.sl-container')?.getBoundingClientRect();
  return {
    top: 0,
    bottom: window.innerHeight,
    left: Math.max(0, column?.left ?? 0),
    right: Math.min(window.innerWidth, column?.right ?? window.innerWidth),
  };
}

export function createEditor(host: HTMLElement, text: string, options: EditorOptions): Editor {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const view = new EditorView({
    parent: root,
    root,
    state: EditorState.create({
      doc: text,
      extensions: [
        highlightSpecialChars(),
        history(),
        keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
        lineNumbers(),
        highlightActiveLine(),
        yaml,
        syntaxHighlighting(highlight),
        tooltips({ tooltipSpace: contentColumn }),
        EditorView.lineWrapping,
        theme,
        // tabindex makes the contenteditable's focusability explicit, so a long text's scroller is seen to hold
        // focusable content (axe scrollable-region-focusable) without adding a Tab stop.
        EditorView.contentAttributes.of({ 'aria-label': options.label, 'aria-multiline': 'true', tabindex: '0' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    text: () => view.state.doc.toString(),
    setText(next) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } });
    },
    setDiagnostics(diagnostics) {
      view.dispatch(
        setDiagnostics(
          view.state,
          diagnostics.map((d) => toLint(view.state.doc, d)),
        ),
      );
    },
    goTo(line, column) {
      const pos = offset(view.state.doc, line, column);
      view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
      view.focus();
    },
    select(anchor, head) {
      const clamp = (n: number) => Math.min(Math.max(0, n), view.state.doc.length);
      view.dispatch({ selection: { anchor: clamp(anchor), head: clamp(head) }, scrollIntoView: true });
      view.focus();
    },
    focus: () => view.focus(),
  };
}
