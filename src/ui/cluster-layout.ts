// The simulator's cluster picture, as a pure function of the cluster model and (optionally) a route: nodes
// are boxes holding their pods with key labels, Services and the ingress controller sit in a band above, the
// client on the left. Every box the request passes gets `data-step` (the first trace step that reached it) and
// a numbered badge, so the path is shown by number and outline as well as by colour.
import type { Cluster, PodModel, ServiceModel, RouteResult, TraceStep } from '../engine';
import { h, type SvgElement } from './svg';
import { ui } from './strings';
import { wrap } from './wrap';

export interface PictureInput {
  cluster: Cluster;
  /** `ip:ADDRESS` or `pod:NS/NAME`: who sends the request. */
  client?: string;
  route?: RouteResult;
  /** Prefix for element ids, unique per widget on the page. */
  id: string;
}

export interface Picture {
  svg: SvgElement;
  /** How many trace steps the stepper walks through. */
  steps: number;
}

const WIDTH = 480;
const PAD = 8;
const AREA_X = PAD;
const AREA_W = WIDTH - 2 * PAD;
const PER_ROW = 3;
const GAP = 8;
const NODE_HEAD = 28;
/** Baseline of a box's first line, the distance between lines, and the room under the last one. */
const FIRST_LINE = 20;
const LINE = 17;
const BAND_FOOT = 8;
const POD_FOOT = 20;
/** One row of pods with a name, an IP and a label line, and the gap under it. */
const EMPTY_NODE_H = FIRST_LINE + 2 * LINE + POD_FOOT + GAP;
/** Characters of 11 px text that fit in a box of the band and of a node's row (≈ 6.6 px each, with a margin). */
const BAND_CHARS = 21;
const POD_CHARS = 20;

interface Line {
  text: string;
  cls: string;
}

interface BandItem {
  key: string;
  title: string;
  lines: Line[];
  cls: string;
}

interface Box {
  key: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Which picture box a trace step's object stands for. */
export function boxKeyOf(object: string): string | undefined {
  if (object.startsWith('Pod ')) return `pod:${object.slice(4)}`;
  if (object.startsWith('Service ')) return `svc:${object.slice(8)}`;
  if (object.startsWith('Node ')) return `node:${object.slice(5)}`;
  if (object.startsWith('kube-proxy@')) return `node:${object.slice('kube-proxy@'.length)}`;
  if (object.startsWith('Ingress') || object.includes('ingress-nginx') || object.startsWith('IngressClass'))
    return 'ingress';
  if (object.startsWith('ip:')) return 'client';
  return gatewayBoxKey(object);
}

/** Gateway API steps name `Gateway NS/NAME`, `Gateway NS/NAME listener L` and `HTTPRoute NS/NAME …`. */
function gatewayBoxKey(object: string): string | undefined {
  const listener = /^Gateway (\S+) listener (\S+)/.exec(object);
  if (listener) return `listener:${listener[1]}/${listener[2]}`;
  const gateway = /^Gateway (\S+)/.exec(object);
  if (gateway) return `gtw:${gateway[1]}`;
  const route = /^HTTPRoute (\S+)/.exec(object);
  return route ? `route:${route[1]}` : undefined;
}

/** A hop of the trace; the endpoint choice carries its candidate pods as a set. */
export interface PathStep extends TraceStep {
  candidates?: string[];
}

/** The hops the request took, numbered as the trace and the picture show them. The loader's assumptions are
 * notes about objects, not places the request went, and are listed apart. When a Service picks one of several
 * endpoints, the engine lists each pod it may pick: they are one choice, shown on the endpoint step as the
 * set of candidates, not as pods the request visited one after another. */
export function pathSteps(route: RouteResult): PathStep[] {
  const hops = route.steps.filter((s) => s.kind !== 'assumption');
  const steps: PathStep[] = [];
  let next = 0;
  for (const [i, step] of hops.entries()) {
    if (i < next) continue;
    next = i + 1;
    if (step.kind === 'endpoint') {
      const others = hops.slice(next).findIndex((hop) => !isCandidate(route, hop));
      next = others === -1 ? hops.length : next + others;
    }
    if (next - i > 2) {
      steps.push({ ...step, candidates: hops.slice(i + 1, next).map((p) => p.message.replace(/^→\s*/, '')) });
    } else {
      steps.push(step);
      next = i + 1;
    }
  }
  return steps;
}

function isCandidate(route: RouteResult, step: TraceStep): boolean {
  return step.kind === 'pod' && route.endpoints.some((e) => step.object === `Pod ${e.pod}`);
}

export function assumptionSteps(route: RouteResult): TraceStep[] {
  return route.steps.filter((s) => s.kind === 'assumption');
}

/** The first step at which each box is reached, from the route's trace and its endpoints. */
export function litSteps(route: RouteResult | undefined, client: string | undefined): Map<string, number> {
  const lit = new Map<string, number>();
  if (!route) return lit;
  const mark = (key: string | undefined, step: number) => {
    if (key && !lit.has(key)) lit.set(key, step);
  };
  if (client?.startsWith('ip:')) mark('client', 0);
  const steps = pathSteps(route);
  steps.forEach((s, i) => mark(boxKeyOf(s.object), i));
  if (route.outcome === 'delivered')
    for (const e of route.endpoints) mark(`pod:${e.pod}`, Math.max(0, steps.length - 1));
  return lit;
}

function shownPods(cluster: Cluster, lit: Map<string, number>): PodModel[] {
  return cluster.pods.filter((p) => !p.implicit || lit.has(`pod:${p.namespace}/${p.name}`));
}

function shownServices(cluster: Cluster, lit: Map<string, number>): ServiceModel[] {
  return cluster.services.filter((s) => !s.implicit || lit.has(`svc:${s.namespace}/${s.name}`));
}

/** A pod's labels, `key=value` each. The Deployment controller's `pod-template-hash` is left to the box's
 * <title>: the labels drawn are the ones the learner wrote. */
function shownLabels(labels: Record<string, string>): string {
  return labelText(Object.entries(labels).filter(([k]) => k !== 'pod-template-hash'));
}

function labelText(labels: [string, string][]): string {
  return labels.map(([k, v]) => `${k}=${v}`).join(', ');
}

/** A pod's box: its name, its IP and its labels, each line within the box. */
function podLines(pod: PodModel): Line[] {
  return [
    ...wrapped(displayName(pod.namespace, pod.name), POD_CHARS, 'cp-mono'),
    { text: pod.ip, cls: 'cp-mono cp-small' },
    ...wrapped(shownLabels(pod.labels), POD_CHARS, 'cp-small'),
  ];
}

function servicePorts(service: ServiceModel): string {
  return service.ports.map((p) => (p.nodePort ? `${p.port}:${p.nodePort}` : `${p.port}`)).join(', ');
}

/** Each line of a wrapped label, in one style. */
function wrapped(text: string, max: number, cls: string): Line[] {
  return wrap(text, max).map((part) => ({ text: part, cls }));
}

/** Boxes `PER_ROW` to a row, each row as tall as its box with the most lines. */
function rowsOf<T extends { lines: Line[] }>(items: T[], foot: number): { row: T[]; rowH: number }[] {
  const rows: { row: T[]; rowH: number }[] = [];
  for (let i = 0; i < items.length; i += PER_ROW) {
    const row = items.slice(i, i + PER_ROW);
    rows.push({ row, rowH: FIRST_LINE + (Math.max(...row.map((item) => item.lines.length)) - 1) * LINE + foot });
  }
  return rows;
}

function displayName(namespace: string, name: string): string {
  return namespace === 'default' ? name : `${namespace}/${name}`;
}

export function clusterPicture(input: PictureInput): Picture {
  const { cluster, route, id } = input;
  const lit = litSteps(route, input.client);
  const pods = shownPods(cluster, lit);
  const services = shownServices(cluster, lit);
  const showIngress = cluster.ingresses.length > 0 || lit.has('ingress');
  const boxes: SvgElement[] = [];
  // Nodes' outlines are drawn first, then the path's dashed lines, then every box and label: a line passes
  // under the boxes it crosses and under a node's haloed name, never over a label.
  const floors: SvgElement[] = [];
  const placed = new Map<string, Box>();
  const colW = (AREA_W - GAP * (PER_ROW - 1)) / PER_ROW;

  const box = (b: Box, cls: string, title: string, lines: Line[]) => {
    placed.set(b.key, b);
    const step = lit.get(b.key);
    const children: SvgElement[] = [
      h('title', {}, title),
      h('rect', { x: b.x, y: b.y, width: b.w, height: b.h, rx: 8, class: 'cp-shape' }),
      ...lines.map((line, i) =>
        h(
          'text',
          { x: b.x + b.w / 2, y: b.y + FIRST_LINE + i * LINE, class: line.cls, 'text-anchor': 'middle' },
          line.text,
        ),
      ),
    ];
    if (step !== undefined) {
      children.push(
        h('g', { class: 'cp-badge', 'aria-hidden': 'true' }, [
          h('circle', { cx: b.x + b.w - 2, cy: b.y + 2, r: 10 }),
          h('text', { x: b.x + b.w - 2, y: b.y + 6, 'text-anchor': 'middle' }, String(step + 1)),
        ]),
      );
    }
    boxes.push(
      h(
        'g',
        { class: `cp-box ${cls}${step === undefined ? '' : ' cp-lit'}`, 'data-key': b.key, 'data-step': step },
        children,
      ),
    );
  };

  let y = PAD + 4;
  const bandItems: BandItem[] = [];
  const clientIp = input.client?.startsWith('ip:') ? input.client.slice(3) : undefined;
  if (clientIp) {
    bandItems.push({
      key: 'client',
      cls: 'cp-client',
      title: `클라이언트 ${clientIp}`,
      lines: [
        { text: '노트북', cls: 'cp-kind' },
        { text: clientIp, cls: 'cp-mono cp-small' },
      ],
    });
  }
  if (showIngress) {
    bandItems.push({
      key: 'ingress',
      cls: 'cp-ingress',
      title: 'ingress-nginx controller',
      lines: [
        { text: 'Ingress', cls: 'cp-kind' },
        { text: 'ingress-nginx', cls: 'cp-mono' },
      ],
    });
  }
  bandItems.push(...gatewayItems(cluster));
  for (const s of services) {
    const name = displayName(s.namespace, s.name);
    bandItems.push({
      key: `svc:${s.namespace}/${s.name}`,
      cls: 'cp-svc',
      title: `Service ${s.namespace}/${s.name} (${s.type}) ${s.clusterIP} ${servicePorts(s)}`,
      lines: [
        { text: `Service · ${s.type}`, cls: 'cp-kind' },
        ...wrapped(name, BAND_CHARS, 'cp-mono'),
        ...wrapped(servicePorts(s), BAND_CHARS, 'cp-mono cp-small'),
      ],
    });
  }
  for (const { row, rowH } of rowsOf(bandItems, BAND_FOOT)) {
    row.forEach((item, col) =>
      box({ key: item.key, x: AREA_X + col * (colW + GAP), y, w: colW, h: rowH }, item.cls, item.title, item.lines),
    );
    y += rowH + GAP;
  }
  if (bandItems.length > 0) y += 10;

  for (const node of cluster.nodes) {
    const podRows = rowsOf(
      pods.filter((p) => p.nodeName === node.name).map((pod) => ({ pod, lines: podLines(pod) })),
      POD_FOOT,
    );
    // A node without pods keeps the room of one row of pods, so it still reads as a node.
    const podsH = podRows.length > 0 ? podRows.reduce((sum, { rowH }) => sum + rowH + GAP, 0) : EMPTY_NODE_H;
    const nodeH = NODE_HEAD + podsH + GAP;
    const key = `node:${node.name}`;
    const step = lit.get(key);
    placed.set(key, { key, x: AREA_X, y, w: AREA_W, h: nodeH });
    const podW = (AREA_W - 2 * GAP - GAP * (PER_ROW - 1)) / PER_ROW;
    const litClass = step === undefined ? '' : ' cp-lit';
    floors.push(
      h('g', { class: `cp-box cp-node${litClass}`, 'data-key': key, 'data-step': step }, [
        h('title', {}, `Node ${node.name} ${node.ip}`),
        h('rect', { x: AREA_X, y, width: AREA_W, height: nodeH, rx: 12, class: 'cp-shape' }),
      ]),
    );
    const label: SvgElement[] = [
      h('text', { x: AREA_X + 12, y: y + 19, class: 'cp-head' }, `${node.name} · ${node.ip}`),
    ];
    if (step !== undefined) {
      label.push(
        h('g', { class: 'cp-badge', 'aria-hidden': 'true' }, [
          h('circle', { cx: AREA_X + AREA_W - 14, cy: y + 14, r: 10 }),
          h('text', { x: AREA_X + AREA_W - 14, y: y + 18, 'text-anchor': 'middle' }, String(step + 1)),
        ]),
      );
    }
    boxes.push(h('g', { class: `cp-node-label${litClass}`, 'aria-hidden': 'true', 'data-step': step }, label));
    let rowY = y + NODE_HEAD;
    for (const { row, rowH } of podRows) {
      row.forEach(({ pod, lines }, col) =>
        box(
          { key: `pod:${pod.namespace}/${pod.name}`, x: AREA_X + GAP + col * (podW + GAP), y: rowY, w: podW, h: rowH },
          pod.ready ? 'cp-pod' : 'cp-pod cp-notready',
          `Pod ${pod.namespace}/${pod.name} ${pod.ip}${pod.ready ? '' : ' (Ready 아님)'} ${labelText(Object.entries(pod.labels))}`,
          lines,
        ),
      );
      rowY += rowH + GAP;
    }
    y += nodeH + GAP;
  }
  const height = Math.max(y + PAD, 120);

  const edges = pathEdges(lit, placed);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const svg = h(
    'svg',
    {
      viewBox: `0 0 ${WIDTH} ${height}`,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      class: 'cp',
      xmlns: 'http://www.w3.org/2000/svg',
    },
    [
      h('title', { id: titleId }, ui.pictureTitle),
      h('desc', { id: descId }, describe(cluster, pods, services, lit)),
      ...floors,
      ...edges,
      ...boxes,
    ],
  );
  return { svg, steps: route ? pathSteps(route).length : 0 };
}

/** Gateway → its listeners → the HTTPRoutes, between the client and the Services the routes send to. */
function gatewayItems(cluster: Cluster): BandItem[] {
  const items: BandItem[] = [];
  for (const g of cluster.gateways) {
    const ref = `${g.namespace}/${g.name}`;
    items.push({
      key: `gtw:${ref}`,
      cls: 'cp-ingress',
      title: `Gateway ${ref} (GatewayClass ${g.gatewayClassName})`,
      lines: [{ text: 'Gateway', cls: 'cp-kind' }, ...wrapped(displayName(g.namespace, g.name), BAND_CHARS, 'cp-mono')],
    });
    for (const l of g.listeners)
      items.push({
        key: `listener:${ref}/${l.name}`,
        cls: 'cp-ingress',
        title: `Gateway ${ref} listener ${l.name} ${l.protocol}/${l.port} ${l.hostname ?? ''}`,
        lines: [
          { text: `listener · ${l.protocol}/${l.port}`, cls: 'cp-kind' },
          ...wrapped(l.name, BAND_CHARS, 'cp-mono'),
          ...(l.hostname ? wrapped(l.hostname, BAND_CHARS, 'cp-mono cp-small') : []),
        ],
      });
  }
  for (const r of cluster.httpRoutes)
    items.push({
      key: `route:${r.namespace}/${r.name}`,
      cls: 'cp-ingress',
      title: `HTTPRoute ${r.namespace}/${r.name} ${r.hostnames.join(', ')}`,
      lines: [
        { text: 'HTTPRoute', cls: 'cp-kind' },
        ...wrapped(displayName(r.namespace, r.name), BAND_CHARS, 'cp-mono'),
        ...wrapped(r.hostnames.join(', '), BAND_CHARS, 'cp-mono cp-small'),
      ],
    });
  return items;
}

/** Dashed lines between the boxes in the order the request reached them, from edge to edge. */
function pathEdges(lit: Map<string, number>, placed: Map<string, Box>): SvgElement[] {
  const order = [...lit.entries()]
    .flatMap(([key, step]) => {
      const box = placed.get(key);
      return box ? [{ key, step, box }] : [];
    })
    .sort((a, b) => a.step - b.step);
  const edges: SvgElement[] = [];
  // The pods a Service may pick are alternatives: each is joined to the last hop before them, not to each other.
  const [first, ...rest] = order;
  if (!first) return edges;
  let from = first;
  for (const to of rest) {
    const { key: toKey, step, box: b } = to;
    const a = from.box;
    const nested = contains(a, b) || contains(b, a);
    // A pod inside the node that passed the request on is not joined to it: it sits in that node's lit outline.
    if (!nested) {
      const start = anchor(a, center(b));
      const end = anchor(b, center(a));
      edges.push(
        h('line', {
          x1: start.x,
          y1: start.y,
          x2: end.x,
          y2: end.y,
          class: 'cp-edge cp-lit',
          'data-step': step,
          'aria-hidden': 'true',
        }),
      );
    }
    if (!toKey.startsWith('pod:')) from = to;
  }
  return edges;
}

interface Point {
  x: number;
  y: number;
}

function center(b: Box): Point {
  return { x: b.x + b.w / 2, y: b.y + b.h / 2 };
}

function contains(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.w <= outer.x + outer.w &&
    inner.y + inner.h <= outer.y + outer.h
  );
}

/** Where the line toward `to` leaves the box. */
function anchor(b: Box, to: Point): Point {
  const c = center(b);
  const dx = to.x - c.x;
  const dy = to.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = Math.min(dx === 0 ? Infinity : b.w / 2 / Math.abs(dx), dy === 0 ? Infinity : b.h / 2 / Math.abs(dy));
  return { x: Math.round(c.x + dx * scale), y: Math.round(c.y + dy * scale) };
}

function describe(cluster: Cluster, pods: PodModel[], services: ServiceModel[], lit: Map<string, number>): string {
  const parts = [`node ${cluster.nodes.length}개, pod ${pods.length}개, Service ${services.length}개.`];
  const path = [...lit.entries()]
    .sort((a, b) => a[1] - b[1])
    .map(([key]) => (key === 'client' ? '노트북' : key.replace(/^(pod|svc|node|gtw|listener|route):/, '')));
  if (path.length > 0) parts.push(`요청이 지나는 곳: ${path.join(' → ')}.`);
  return parts.join(' ');
}
