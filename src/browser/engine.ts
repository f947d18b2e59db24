// Everything the widgets compute, in one chunk loaded on the first edit, run or focus: the engine (with
// `yaml`) and the pure view builders that turn its answers into pictures and tables.
export { validate, loadCluster, route, checkPolicy, reachability } from '../engine';
export { parseCommand } from '../ui/command';
export { joinWorkspace } from '../ui/workspace';
export { clusterPicture } from '../ui/cluster-layout';
export { matrixOf } from '../ui/matrix';
export { renderBadge, renderDiagnostics, renderTrace, renderMatrix } from './render';
export { svgToDom } from './dom';
