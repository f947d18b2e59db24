// Pods and pod templates: pkg/apis/core/validation ValidatePodSpec, validateContainers, validateContainerPorts.
import * as errors from '../errors';
import type { FieldError } from '../errors';
import { validateLabels } from '../meta';
import { isDNS1123Label, isDNS1123Subdomain, isValidPortName, isValidPortNum } from '../names';
import type { FieldPath } from '../path';
import { arr, num, obj, str, stringMap } from '../values';
import type { Obj } from '../values';
import { portNameHint, portNumberHint, validateProtocol } from './ports';

const restartPolicies = ['Always', 'Never', 'OnFailure'];
const dnsPolicies = ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'];
const pullPolicies = ['Always', 'IfNotPresent', 'Never'];

export function validatePodSpec(spec: Obj, path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  const containers = arr(spec.containers);
  const containersPath = path.child('containers');
  if (containers.length === 0) {
    out.push(
      errors.required(containersPath, '', 'pod에는 containers가 하나 이상 있어야 합니다: 이름과 이미지를 가진 컨테이너를 적으세요.'),
    );
  }
  const names = new Set<string>();
  arr(spec.initContainers).forEach((c, i) =>
    out.push(...validateContainer(obj(c), path.child('initContainers').index(i), names, spec.hostNetwork === true)),
  );
  containers.forEach((c, i) => out.push(...validateContainer(obj(c), containersPath.index(i), names, spec.hostNetwork === true)));

  const restartPolicy = str(spec.restartPolicy);
  if (!restartPolicies.includes(restartPolicy)) {
    out.push(errors.notSupported(path.child('restartPolicy'), restartPolicy, restartPolicies));
  }
  const dnsPolicy = str(spec.dnsPolicy);
  if (!dnsPolicies.includes(dnsPolicy)) {
    out.push(errors.notSupported(path.child('dnsPolicy'), dnsPolicy, dnsPolicies));
  }
  out.push(...validateLabels(stringMap(spec.nodeSelector), path.child('nodeSelector')));
  const nodeName = str(spec.nodeName);
  if (nodeName !== '') {
    out.push(...errors.invalidEach(path.child('nodeName'), nodeName, isDNS1123Subdomain(nodeName)));
  }
  return out;
}

function validateContainer(c: Obj, path: FieldPath, names: Set<string>, hostNetwork: boolean): FieldError[] {
  const out: FieldError[] = [];
  const name = str(c.name);
  const namePath = path.child('name');
  if (name === '') {
    out.push(errors.required(namePath, '', '컨테이너마다 name이 있어야 합니다: 영문 소문자, 숫자, 하이픈으로 이름을 지으세요.'));
  } else {
    out.push(...errors.invalidEach(namePath, name, isDNS1123Label(name), '컨테이너 이름은 영문 소문자, 숫자, 하이픈으로 된 63자 이하의 DNS label이어야 합니다.'));
    if (names.has(name)) out.push(errors.duplicate(namePath, name, '한 pod 안의 컨테이너 이름은 서로 달라야 합니다.'));
    names.add(name);
  }
  if (str(c.image) === '') {
    out.push(errors.required(path.child('image'), '', '컨테이너에는 실행할 image가 있어야 합니다(예: nginx).'));
  }
  const pullPolicy = str(c.imagePullPolicy);
  if (!pullPolicies.includes(pullPolicy)) {
    out.push(errors.notSupported(path.child('imagePullPolicy'), pullPolicy, pullPolicies));
  }
  out.push(...validateContainerPorts(arr(c.ports), path.child('ports'), hostNetwork));
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
      if (msgs.length > 0) out.push(...errors.invalidEach(idx.child('name'), name, msgs, portNameHint()));
      else if (names.has(name)) out.push(errors.duplicate(idx.child('name'), name, '한 컨테이너 안의 포트 이름은 서로 달라야 합니다.'));
      else names.add(name);
    }
    const containerPort = num(port.containerPort);
    if (containerPort === 0) {
      out.push(errors.required(idx.child('containerPort'), '', '포트 항목에는 containerPort(컨테이너가 듣는 포트 번호)가 있어야 합니다.'));
    } else {
      out.push(...errors.invalidEach(idx.child('containerPort'), containerPort, isValidPortNum(containerPort), portNumberHint(idx.child('containerPort'))));
    }
    const hostPort = num(port.hostPort);
    if (hostPort !== 0) {
      out.push(...errors.invalidEach(idx.child('hostPort'), hostPort, isValidPortNum(hostPort), portNumberHint(idx.child('hostPort'))));
      // validateHostNetwork: with the host's network the two ports are one.
      if (hostNetwork && hostPort !== containerPort) {
        out.push(errors.invalid(idx.child('hostPort'), hostPort, 'must match `containerPort` when `hostNetwork` is true', 'hostNetwork를 쓰면 hostPort와 containerPort가 같아야 합니다.'));
      }
    }
    out.push(...validateProtocol(str(port.protocol), idx.child('protocol')));
  });
  return out;
}
