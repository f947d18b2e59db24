// Pods and pod templates: pkg/apis/core/validation ValidatePodSpec, validateContainers, validateContainerPorts.
import { message } from '../../messages';
import * as errors from '../errors';
import type { FieldError } from '../errors';
import { validateLabelName, validateLabels } from '../meta';
import { isDNS1123Label, isDNS1123Subdomain, isValidLabelValue, isValidPortName, isValidPortNum } from '../names';
import type { FieldPath } from '../path';
import { arr, num, obj, str, stringMap } from '../../values';
import type { Obj } from '../../values';
import { portNameHint, portNumberHint, validatePortNumOrName, validateProtocol } from './ports';
import { append } from '../../list';

// validateRestartPolicy and validateDNSPolicy list their values in this order (not sorted).
const restartPolicies = ['Always', 'OnFailure', 'Never'];
const dnsPolicies = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
const pullPolicies = ['Always', 'IfNotPresent', 'Never'];
const terminationMessagePolicies = ['File', 'FallbackToLogsOnError'];
const httpSchemes = ['HTTP', 'HTTPS'];

export function validatePodSpec(spec: Obj, path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  const containers = arr(spec.containers);
  const containersPath = path.child('containers');
  if (containers.length === 0) {
    out.push(errors.required(containersPath, '', message('podSpec.containersRequired')));
  }
  const names = new Set<string>();
  const hostNetwork = spec.hostNetwork === true;
  containers.forEach((c, i) => {
    const container = obj(c);
    const at = containersPath.index(i);
    append(out, validateContainer(container, at, names, hostNetwork));
    for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
      if (container[probe] !== undefined && container[probe] !== null)
        append(out, validateProbe(obj(container[probe]), at.child(probe), probe !== 'readinessProbe'));
    }
    if (typeof container.restartPolicy === 'string') {
      out.push(
        errors.forbidden(
          at.child('restartPolicy'),
          'may not be set for non-init containers',
          message('podSpec.containerRestartPolicy'),
        ),
      );
    }
  });
  append(out, checkHostPortConflicts(containers, containersPath));
  append(out, portDefinitionWarnings(spec, path));
  arr(spec.initContainers).forEach((c, i) =>
    append(out, validateContainer(obj(c), path.child('initContainers').index(i), names, hostNetwork)),
  );
  append(out, validateTolerations(arr(spec.tolerations), path.child('tolerations')));

  const restartPolicy = str(spec.restartPolicy);
  if (!restartPolicies.includes(restartPolicy)) {
    out.push(errors.notSupported(path.child('restartPolicy'), restartPolicy, restartPolicies));
  }
  const dnsPolicy = str(spec.dnsPolicy);
  if (!dnsPolicies.includes(dnsPolicy)) {
    out.push(errors.notSupported(path.child('dnsPolicy'), dnsPolicy, dnsPolicies));
  }
  append(out, validateLabels(stringMap(spec.nodeSelector), path.child('nodeSelector')));
  const nodeName = str(spec.nodeName);
  if (nodeName !== '') {
    append(out, errors.invalidEach(path.child('nodeName'), nodeName, isDNS1123Subdomain(nodeName)));
  }
  return out;
}

function validateContainer(c: Obj, path: FieldPath, names: Set<string>, hostNetwork: boolean): FieldError[] {
  const out: FieldError[] = [];
  const name = str(c.name);
  const namePath = path.child('name');
  if (name === '') {
    out.push(errors.required(namePath, '', message('podSpec.containerNameRequired')));
  } else {
    append(out, errors.invalidEach(namePath, name, isDNS1123Label(name), message('podSpec.containerNameFormat')));
    if (names.has(name)) out.push(errors.duplicate(namePath, name, message('podSpec.containerNameDuplicate')));
    names.add(name);
  }
  if (str(c.image) === '') {
    out.push(errors.required(path.child('image'), '', message('podSpec.imageRequired')));
  }
  const messagePolicy = str(c.terminationMessagePolicy);
  if (!terminationMessagePolicies.includes(messagePolicy)) {
    out.push(errors.notSupported(path.child('terminationMessagePolicy'), messagePolicy, terminationMessagePolicies));
  }
  arr(c.env).forEach((e, i) => {
    if (str(obj(e).name) === '')
      out.push(errors.required(path.child('env').index(i).child('name'), '', message('podSpec.envNameRequired')));
  });
  const pullPolicy = str(c.imagePullPolicy);
  if (!pullPolicies.includes(pullPolicy)) {
    out.push(errors.notSupported(path.child('imagePullPolicy'), pullPolicy, pullPolicies));
  }
  append(out, validateContainerPorts(arr(c.ports), path.child('ports'), hostNetwork));
  return out;
}

function validateContainerPorts(ports: unknown[], path: FieldPath, hostNetwork: boolean): FieldError[] {
  const out: FieldError[] = [];
  const names = new Set<string>();
  ports.forEach((raw, i) => {
    const port = obj(raw);
    const idx = path.index(i);
    const name = str(port.name);
    if (name !== '') {
      const msgs = isValidPortName(name);
      if (msgs.length > 0) append(out, errors.invalidEach(idx.child('name'), name, msgs, portNameHint()));
      else if (names.has(name))
        out.push(errors.duplicate(idx.child('name'), name, message('podSpec.portNameDuplicate')));
      else names.add(name);
    }
    const containerPort = num(port.containerPort);
    if (containerPort === 0) {
      out.push(errors.required(idx.child('containerPort'), '', message('podSpec.containerPortRequired')));
    } else {
      append(
        out,
        errors.invalidEach(
          idx.child('containerPort'),
          containerPort,
          isValidPortNum(containerPort),
          portNumberHint(idx.child('containerPort')),
        ),
      );
    }
    const hostPort = num(port.hostPort);
    if (hostPort !== 0) {
      append(
        out,
        errors.invalidEach(
          idx.child('hostPort'),
          hostPort,
          isValidPortNum(hostPort),
          portNumberHint(idx.child('hostPort')),
        ),
      );
      // validateHostNetwork: with the host's network the two ports are one.
      if (hostNetwork && hostPort !== containerPort) {
        out.push(
          errors.invalid(
            idx.child('hostPort'),
            hostPort,
            'must match `containerPort` when `hostNetwork` is true',
            message('podSpec.hostNetworkPorts'),
          ),
        );
      }
    }
    append(out, validateProtocol(str(port.protocol), idx.child('protocol')));
  });
  return out;
}

/** AccumulateUniqueHostPorts: one host port per protocol and host IP across the containers of a pod. */
function checkHostPortConflicts(containers: unknown[], path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  containers.forEach((c, ci) => {
    arr(obj(c).ports).forEach((raw, pi) => {
      const port = obj(raw);
      const hostPort = num(port.hostPort);
      if (hostPort === 0) return;
      const key = `${str(port.protocol)}/${str(port.hostIP)}/${hostPort}`;
      if (seen.has(key)) {
        out.push(
          errors.duplicate(
            path.index(ci).child('ports').index(pi).child('hostPort'),
            key,
            message('podSpec.hostPortDuplicate'),
          ),
        );
      }
      seen.add(key);
    });
  });
  return out;
}

/** validateProbe and validateHandler: exactly one handler, valid ports, non-negative numbers. */
function validateProbe(probe: Obj, path: FieldPath, successMustBeOne: boolean): FieldError[] {
  const out: FieldError[] = [];
  let handlers = 0;
  for (const kind of ['exec', 'httpGet', 'tcpSocket', 'grpc']) {
    const handler = probe[kind];
    if (handler === undefined || handler === null) continue;
    const at = path.child(kind);
    if (handlers > 0) {
      out.push(errors.forbidden(at, 'may not specify more than 1 handler type', message('podSpec.probeOneOf')));
      continue;
    }
    handlers++;
    const h = obj(handler);
    if (kind === 'exec' && arr(h.command).length === 0) out.push(errors.required(at.child('command')));
    if (kind === 'httpGet') {
      append(out, validatePortNumOrName(h.port, at.child('port')));
      const scheme = str(h.scheme);
      if (!httpSchemes.includes(scheme)) out.push(errors.notSupported(at.child('scheme'), scheme, httpSchemes));
    }
    if (kind === 'tcpSocket') append(out, validatePortNumOrName(h.port, at.child('port')));
    if (kind === 'grpc') append(out, validatePortNumOrName(num(h.port), at.child('port')));
  }
  if (handlers === 0) out.push(errors.required(path, 'must specify a handler type', message('podSpec.probeRequired')));
  for (const field of [
    'initialDelaySeconds',
    'timeoutSeconds',
    'periodSeconds',
    'successThreshold',
    'failureThreshold',
  ]) {
    const value = num(probe[field]);
    if (value < 0) out.push(errors.invalid(path.child(field), value, 'must be greater than or equal to 0'));
  }
  if (successMustBeOne && num(probe.successThreshold) !== 1) {
    out.push(
      errors.invalid(
        path.child('successThreshold'),
        num(probe.successThreshold),
        'must be 1',
        message('podSpec.successThreshold'),
      ),
    );
  }
  return out;
}

const tolerationOperators = ['Equal', 'Exists'];
const taintEffects = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/** ValidateTolerations. */
function validateTolerations(tolerations: unknown[], path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  tolerations.forEach((raw, i) => {
    const t = obj(raw);
    const at = path.index(i);
    const key = str(t.key);
    const operator = str(t.operator);
    const value = str(t.value);
    const effect = str(t.effect);
    if (key !== '') append(out, validateLabelName(key, at.child('key')));
    if (key === '' && operator !== 'Exists') {
      out.push(
        errors.invalid(
          at.child('operator'),
          operator,
          'operator must be Exists when `key` is empty, which means "match all values and all keys"',
        ),
      );
    }
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null && effect !== 'NoExecute') {
      out.push(
        errors.invalid(at.child('effect'), effect, "effect must be 'NoExecute' when `tolerationSeconds` is set"),
      );
    }
    if (operator === 'Equal' || operator === '') {
      const msgs = isValidLabelValue(value);
      if (msgs.length > 0) out.push(errors.invalid(at.child('operator'), value, msgs.join(';')));
    } else if (operator === 'Exists') {
      if (value !== '')
        out.push(errors.invalid(at.child('operator'), value, "value must be empty when `operator` is 'Exists'"));
    } else {
      out.push(errors.notSupported(at.child('operator'), operator, tolerationOperators));
    }
    if (effect !== '' && !taintEffects.includes(effect))
      out.push(errors.notSupported(at.child('effect'), effect, taintEffects));
  });
  return out;
}

/**
 * GetWarningsForPodTemplate's port checks (pkg/api/pod/warnings.go): the same containerPort and protocol
 * declared twice is accepted with a warning.
 */
function portDefinitionWarnings(spec: Obj, path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Map<string, { path: string; hostIP: string; hostPort: number }[]>();
  for (const list of ['initContainers', 'containers']) {
    arr(spec[list]).forEach((c, ci) => {
      arr(obj(c).ports).forEach((raw, pi) => {
        const port = obj(raw);
        const at = path.child(list).index(ci).child('ports').index(pi);
        const key = `${num(port.containerPort)}/${str(port.protocol)}`;
        const hostIP = str(port.hostIP);
        const hostPort = num(port.hostPort);
        for (const other of seen.get(key) ?? []) {
          if (hostIP === other.hostIP && hostPort === other.hostPort) {
            out.push(
              errors.warning(
                'Duplicate',
                at,
                `duplicate port definition with ${other.path}`,
                message('podSpec.portDuplicate', { other: other.path }),
              ),
            );
          } else if (hostPort === 0 || other.hostPort === 0) {
            out.push(
              errors.warning(
                'Duplicate',
                at,
                `overlapping port definition with ${other.path}`,
                message('podSpec.portOverlap', { other: other.path }),
              ),
            );
          }
        }
        const declared = seen.get(key) ?? [];
        declared.push({ path: at.toString(), hostIP, hostPort });
        seen.set(key, declared);
      });
    });
  }
  return out;
}
