// The live renders, in one chunk loaded with the first result to show: the engine itself stays in the worker.
export { renderBadge, renderDiagnostics, renderTrace, renderMatrix } from './render';
export { treeToDom } from './dom';
