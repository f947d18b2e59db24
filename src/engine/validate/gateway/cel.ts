// The CEL rules (x-kubernetes-validations) of the Gateway API CRDs, each written out in TypeScript and keyed
// by its exact rule text, so that the schema in crds.json stays the source: a rule text with no entry here
// is a schema this engine has not been taught (tests/unit/gateway/validate.test.ts checks that none is
// missing). The API server evaluates these after defaulting; `self` is the value of the node the rule sits
// on. `__namespace__` is CEL's escape of the reserved word `namespace`.
import { arr, obj, str, type Obj } from '../../values';

type Predicate = (self: unknown) => boolean;

const has = (o: Obj, key: string): boolean => o[key] !== undefined && o[key] !== null;
const list = (self: unknown): Obj[] => arr(self).map(obj);
const count = (self: unknown, type: string) => list(self).filter((f) => f.type === type).length;
const existsOne = <T>(items: T[], test: (item: T) => boolean) => items.filter(test).length === 1;

const HOSTNAME = /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const ANNOTATION_KEY =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]$/;
const PATH_CHARS = /^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$/;

/** Go's time.ParseDuration for the CRD's Duration pattern (`^([0-9]{1,5}(h|m|s|ms)){1,4}$`), in ms. */
function duration(value: unknown): number {
  const units: Record<string, number> = { h: 3600000, m: 60000, s: 1000, ms: 1 };
  let total = 0;
  for (const [, n, unit = ''] of str(value).matchAll(/([0-9]+)(ms|h|m|s)/g)) total += Number(n) * (units[unit] ?? 0);
  return total;
}

const sameParent = (p1: Obj, p2: Obj): boolean =>
  p1.group === p2.group &&
  p1.kind === p2.kind &&
  p1.name === p2.name &&
  (((!has(p1, 'namespace') || p1.namespace === '') && (!has(p2, 'namespace') || p2.namespace === '')) ||
    (has(p1, 'namespace') && has(p2, 'namespace') && p1.namespace === p2.namespace));
const noSection = (p: Obj) => !has(p, 'sectionName') || p.sectionName === '';

/** Whether a filter list holds exactly one `FILTER` with path.type ReplacePrefixMatch and replacePrefixMatch set. */
const onePrefixReplace = (filters: unknown, filter: 'requestRedirect' | 'urlRewrite') =>
  existsOne(list(filters), (f) => {
    const path = obj(obj(f[filter]).path);
    return (
      has(f, filter) &&
      has(obj(f[filter]), 'path') &&
      path.type === 'ReplacePrefixMatch' &&
      has(path, 'replacePrefixMatch')
    );
  });
const onePathPrefixMatch = (rule: Obj) => {
  const matches = list(rule.matches);
  const [only] = matches;
  return matches.length === 1 && only !== undefined && has(only, 'path') && obj(only.path).type === 'PathPrefix';
};
const exactOrPrefix = (self: unknown) => ['Exact', 'PathPrefix'].includes(str(obj(self).type));
const pathValue = (self: unknown) => str(obj(self).value);

const filterField = (field: string, type: string): [string, Predicate][] => [
  [`!(has(self.${field}) && self.type != '${type}')`, (s) => !(has(obj(s), field) && obj(s).type !== type)],
  [`!(!has(self.${field}) && self.type == '${type}')`, (s) => !(!has(obj(s), field) && obj(s).type === type)],
];
const notRepeated = (type: string): [string, Predicate] => [
  `self.filter(f, f.type == '${type}').size() <= 1`,
  (s) => count(s, type) <= 1,
];
const uniqueAddress = (type: string, spaces: string): [string, Predicate] => [
  `self.all(a1, a1.type == '${type}'${spaces}&& has(a1.value) ? self.exists_one(a2, a2.type == a1.type && has(a2.value) && a2.value == a1.value) : true )`,
  (s) =>
    list(s).every((a1) =>
      a1.type === type && has(a1, 'value')
        ? existsOne(list(s), (a2) => a2.type === a1.type && has(a2, 'value') && a2.value === a1.value)
        : true,
    ),
];
const replace = (kind: 'ReplaceFullPath' | 'ReplacePrefixMatch', field: string): [string, Predicate][] => [
  [`self.type == '${kind}' ? has(self.${field}) : true`, (s) => (obj(s).type === kind ? has(obj(s), field) : true)],
  [`has(self.${field}) ? self.type == '${kind}' : true`, (s) => (has(obj(s), field) ? obj(s).type === kind : true)],
];
const pathRule = (expr: string, test: (value: string) => boolean): [string, Predicate] => [
  `(self.type in ['Exact','PathPrefix']) ? ${expr} : true`,
  (s) => (exactOrPrefix(s) ? test(pathValue(s)) : true),
];

const matchesSum = Array.from({ length: 16 }, (_, i) => `(self.size() > ${i} ? self[${i}].matches.size() : 0)`).join(
  ' + ',
);
/** GRPCRoute writes the same limit with has() around each rule's matches. */
const grpcMatchesSum = Array.from(
  { length: 16 },
  (_, i) => `(self.size() > ${i} ? (has(self[${i}].matches) ? self[${i}].matches.size() : 0) : 0)`,
).join(' + ');
const GRPC_SERVICE = /^\.?[a-z_][a-z_0-9]*(\.[a-z_][a-z_0-9]*)*$/i;
const GRPC_METHOD = /^[A-Za-z_][A-Za-z_0-9]*$/;
const exactGrpc = (s: unknown) => !has(obj(s), 'type') || obj(s).type === 'Exact';

export const celRules: ReadonlyMap<string, Predicate> = new Map<string, Predicate>([
  // A transition rule: it compares an update with the stored object, so a create (all this engine sees) passes.
  ['self == oldSelf', () => true],
  [
    `self.type == 'Hostname' ? (!has(self.value) || self.value.matches(r"""^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$""")): true`,
    (s) => (obj(s).type === 'Hostname' ? !has(obj(s), 'value') || HOSTNAME.test(str(obj(s).value)) : true),
  ],
  [
    `self.type == 'Hostname' ? self.value.matches(r"""^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"""): true`,
    (s) => (obj(s).type === 'Hostname' ? HOSTNAME.test(str(obj(s).value)) : true),
  ],
  uniqueAddress('IPAddress', ' '),
  uniqueAddress('Hostname', '  '),
  [
    `self.all(key, key.matches(r"""^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]$"""))`,
    (s) => Object.keys(obj(s)).every((key) => ANNOTATION_KEY.test(key)),
  ],
  [
    'self.all(key, key.split("/")[0].size() < 253)',
    (s) => Object.keys(obj(s)).every((k) => (k.split('/')[0] ?? '').length < 253),
  ],
  [
    `self.mode == 'Terminate' ? size(self.certificateRefs) > 0 || size(self.options) > 0 : true`,
    (s) =>
      obj(s).mode === 'Terminate'
        ? arr(obj(s).certificateRefs).length > 0 || Object.keys(obj(obj(s).options)).length > 0
        : true,
  ],
  [
    `self.all(l, l.protocol in ['HTTP', 'TCP', 'UDP'] ? !has(l.tls) : true)`,
    (s) => list(s).every((l) => (['HTTP', 'TCP', 'UDP'].includes(str(l.protocol)) ? !has(l, 'tls') : true)),
  ],
  [
    `self.all(l, (l.protocol == 'HTTPS' && has(l.tls)) ? (l.tls.mode == '' || l.tls.mode == 'Terminate') : true)`,
    (s) =>
      list(s).every((l) =>
        l.protocol === 'HTTPS' && has(l, 'tls') ? ['', 'Terminate'].includes(str(obj(l.tls).mode)) : true,
      ),
  ],
  [
    `self.all(l, (l.protocol == 'TLS' ? has(l.tls) && has(l.tls.mode) && l.tls.mode != '' : true))`,
    (s) => list(s).every((l) => (l.protocol === 'TLS' ? has(l, 'tls') && str(obj(l.tls).mode) !== '' : true)),
  ],
  [
    `self.all(l, l.protocol in ['TCP', 'UDP']  ? (!has(l.hostname) || l.hostname == '') : true)`,
    (s) => list(s).every((l) => (['TCP', 'UDP'].includes(str(l.protocol)) ? str(l.hostname) === '' : true)),
  ],
  [
    'self.all(l1, self.exists_one(l2, l1.name == l2.name))',
    (s) => list(s).every((l1) => existsOne(list(s), (l2) => l1.name === l2.name)),
  ],
  [
    'self.all(l1, self.exists_one(l2, l1.port == l2.port && l1.protocol == l2.protocol && (has(l1.hostname) && has(l2.hostname) ? l1.hostname == l2.hostname : !has(l1.hostname) && !has(l2.hostname))))',
    (s) =>
      list(s).every((l1) =>
        existsOne(
          list(s),
          (l2) =>
            l1.port === l2.port &&
            l1.protocol === l2.protocol &&
            (has(l1, 'hostname') && has(l2, 'hostname')
              ? l1.hostname === l2.hostname
              : !has(l1, 'hostname') && !has(l2, 'hostname')),
        ),
      ),
  ],
  [
    'self.all(t1, self.exists_one(t2, t1.port == t2.port))',
    (s) => list(s).every((t1) => existsOne(list(s), (t2) => t1.port === t2.port)),
  ],
  [
    "self.all(p1, self.all(p2, p1.group == p2.group && p1.kind == p2.kind && p1.name == p2.name && (((!has(p1.__namespace__) || p1.__namespace__ == '') && (!has(p2.__namespace__) || p2.__namespace__ == '')) || (has(p1.__namespace__) && has(p2.__namespace__) && p1.__namespace__ == p2.__namespace__ )) ? ((!has(p1.sectionName) || p1.sectionName == '') == (!has(p2.sectionName) || p2.sectionName == '')) : true))",
    (s) => list(s).every((p1) => list(s).every((p2) => (sameParent(p1, p2) ? noSection(p1) === noSection(p2) : true))),
  ],
  [
    "self.all(p1, self.exists_one(p2, p1.group == p2.group && p1.kind == p2.kind && p1.name == p2.name && (((!has(p1.__namespace__) || p1.__namespace__ == '') && (!has(p2.__namespace__) || p2.__namespace__ == '')) || (has(p1.__namespace__) && has(p2.__namespace__) && p1.__namespace__ == p2.__namespace__ )) && (((!has(p1.sectionName) || p1.sectionName == '') && (!has(p2.sectionName) || p2.sectionName == '')) || (has(p1.sectionName) && has(p2.sectionName) && p1.sectionName == p2.sectionName))))",
    (s) =>
      list(s).every((p1) =>
        existsOne(
          list(s),
          (p2) =>
            sameParent(p1, p2) &&
            ((noSection(p1) && noSection(p2)) ||
              (has(p1, 'sectionName') && has(p2, 'sectionName') && p1.sectionName === p2.sectionName)),
        ),
      ),
  ],
  ["!('*' in self && self.size() > 1)", (s) => !(arr(s).includes('*') && arr(s).length > 1)],
  [
    "(size(self.group) == 0 && self.kind == 'Service') ? has(self.port) : true",
    (s) => (str(obj(s).group).length === 0 && obj(s).kind === 'Service' ? has(obj(s), 'port') : true),
  ],
  ['self.numerator <= self.denominator', (s) => Number(obj(s).numerator) <= Number(obj(s).denominator)],
  ['!(has(self.percent) && has(self.fraction))', (s) => !(has(obj(s), 'percent') && has(obj(s), 'fraction'))],
  ...replace('ReplaceFullPath', 'replaceFullPath'),
  ...replace('ReplacePrefixMatch', 'replacePrefixMatch'),
  ...filterField('cors', 'CORS'),
  ...filterField('requestHeaderModifier', 'RequestHeaderModifier'),
  ...filterField('responseHeaderModifier', 'ResponseHeaderModifier'),
  ...filterField('requestMirror', 'RequestMirror'),
  ...filterField('requestRedirect', 'RequestRedirect'),
  ...filterField('urlRewrite', 'URLRewrite'),
  ...filterField('extensionRef', 'ExtensionRef'),
  [
    "!(self.exists(f, f.type == 'RequestRedirect') && self.exists(f, f.type == 'URLRewrite'))",
    (s) => !(count(s, 'RequestRedirect') > 0 && count(s, 'URLRewrite') > 0),
  ],
  notRepeated('CORS'),
  notRepeated('RequestHeaderModifier'),
  notRepeated('ResponseHeaderModifier'),
  notRepeated('RequestRedirect'),
  notRepeated('URLRewrite'),
  pathRule("self.value.startsWith('/')", (v) => v.startsWith('/')),
  pathRule("!self.value.contains('//')", (v) => !v.includes('//')),
  pathRule("!self.value.contains('/./')", (v) => !v.includes('/./')),
  pathRule("!self.value.contains('/../')", (v) => !v.includes('/../')),
  pathRule("!self.value.contains('%2f')", (v) => !v.includes('%2f')),
  pathRule("!self.value.contains('%2F')", (v) => !v.includes('%2F')),
  pathRule("!self.value.contains('#')", (v) => !v.includes('#')),
  pathRule("!self.value.endsWith('/..')", (v) => !v.endsWith('/..')),
  pathRule("!self.value.endsWith('/.')", (v) => !v.endsWith('/.')),
  [
    "self.type in ['Exact','PathPrefix'] || self.type == 'RegularExpression'",
    (s) => exactOrPrefix(s) || obj(s).type === 'RegularExpression',
  ],
  pathRule(`self.value.matches(r"""^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$""")`, (v) =>
    PATH_CHARS.test(v),
  ),
  [
    "!(has(self.request) && has(self.backendRequest) && duration(self.request) != duration('0s') && duration(self.backendRequest) > duration(self.request))",
    (s) =>
      !(
        has(obj(s), 'request') &&
        has(obj(s), 'backendRequest') &&
        duration(obj(s).request) !== 0 &&
        duration(obj(s).backendRequest) > duration(obj(s).request)
      ),
  ],
  [
    '(has(self.backendRefs) && size(self.backendRefs) > 0) ? (!has(self.filters) || self.filters.all(f, !has(f.requestRedirect))): true',
    (s) => (arr(obj(s).backendRefs).length > 0 ? list(obj(s).filters).every((f) => !has(f, 'requestRedirect')) : true),
  ],
  [
    "(has(self.filters) && self.filters.exists_one(f, has(f.requestRedirect) && has(f.requestRedirect.path) && f.requestRedirect.path.type == 'ReplacePrefixMatch' && has(f.requestRedirect.path.replacePrefixMatch))) ? ((size(self.matches) != 1 || !has(self.matches[0].path) || self.matches[0].path.type != 'PathPrefix') ? false : true) : true",
    (s) => (onePrefixReplace(obj(s).filters, 'requestRedirect') ? onePathPrefixMatch(obj(s)) : true),
  ],
  [
    "(has(self.filters) && self.filters.exists_one(f, has(f.urlRewrite) && has(f.urlRewrite.path) && f.urlRewrite.path.type == 'ReplacePrefixMatch' && has(f.urlRewrite.path.replacePrefixMatch))) ? ((size(self.matches) != 1 || !has(self.matches[0].path) || self.matches[0].path.type != 'PathPrefix') ? false : true) : true",
    (s) => (onePrefixReplace(obj(s).filters, 'urlRewrite') ? onePathPrefixMatch(obj(s)) : true),
  ],
  [
    "(has(self.backendRefs) && self.backendRefs.exists_one(b, (has(b.filters) && b.filters.exists_one(f, has(f.requestRedirect) && has(f.requestRedirect.path) && f.requestRedirect.path.type == 'ReplacePrefixMatch' && has(f.requestRedirect.path.replacePrefixMatch))) )) ? ((size(self.matches) != 1 || !has(self.matches[0].path) || self.matches[0].path.type != 'PathPrefix') ? false : true) : true",
    (s) =>
      existsOne(list(obj(s).backendRefs), (b) => onePrefixReplace(b.filters, 'requestRedirect'))
        ? onePathPrefixMatch(obj(s))
        : true,
  ],
  [
    "(has(self.backendRefs) && self.backendRefs.exists_one(b, (has(b.filters) && b.filters.exists_one(f, has(f.urlRewrite) && has(f.urlRewrite.path) && f.urlRewrite.path.type == 'ReplacePrefixMatch' && has(f.urlRewrite.path.replacePrefixMatch))) )) ? ((size(self.matches) != 1 || !has(self.matches[0].path) || self.matches[0].path.type != 'PathPrefix') ? false : true) : true",
    (s) =>
      existsOne(list(obj(s).backendRefs), (b) => onePrefixReplace(b.filters, 'urlRewrite'))
        ? onePathPrefixMatch(obj(s))
        : true,
  ],
  [`${matchesSum} <= 128`, (s) => list(s).reduce((n, rule) => n + arr(rule.matches).length, 0) <= 128],
  [`${grpcMatchesSum} <= 128`, (s) => list(s).reduce((n, rule) => n + arr(rule.matches).length, 0) <= 128],
  [
    'has(self.type) ? has(self.service) || has(self.method) : true',
    (s) => (has(obj(s), 'type') ? has(obj(s), 'service') || has(obj(s), 'method') : true),
  ],
  [
    `(!has(self.type) || self.type == 'Exact') && has(self.service) ? self.service.matches(r"""^(?i)\\.?[a-z_][a-z_0-9]*(\\.[a-z_][a-z_0-9]*)*$"""): true`,
    // (?i) is RE2's case-insensitive flag; JavaScript spells it as the `i` flag.
    (s) => (exactGrpc(s) && has(obj(s), 'service') ? GRPC_SERVICE.test(str(obj(s).service)) : true),
  ],
  [
    `(!has(self.type) || self.type == 'Exact') && has(self.method) ? self.method.matches(r"""^[A-Za-z_][A-Za-z_0-9]*$"""): true`,
    (s) => (exactGrpc(s) && has(obj(s), 'method') ? GRPC_METHOD.test(str(obj(s).method)) : true),
  ],
]);
