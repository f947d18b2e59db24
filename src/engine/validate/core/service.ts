// Services: pkg/apis/core/validation ValidateService, validateServicePort, validateServiceExternalTrafficPolicy,
// validateServiceInternalTrafficFieldsValue, ValidateServiceClusterIPsRelatedFields (the parts a manifest can reach).
import * as errors from '../errors';
import type { FieldError } from '../errors';
import { validateLabels } from '../meta';
import {
  isDNS1123Label,
  isDNS1123Subdomain,
  isQualifiedName,
  isValidPortNum,
  nonSpecialIPErrors,
  validCIDRMessage,
  validIPMessage,
} from '../names';
import { parseCIDRSloppy, parseIPSloppy } from '../../net/address';
import type { FieldPath } from '../path';
import { arr, isSet, num, obj, str, stringMap } from '../../values';
import type { Obj } from '../../values';
import { portNumberHint, validatePortNumOrName, validateProtocol } from './ports';
import { append } from '../../list';
import { message } from '../../messages';

const serviceTypes = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const affinities = ['ClientIP', 'None'];
const trafficPolicies = ['Cluster', 'Local'];

export function isHeadless(spec: Obj): boolean {
  const ips = arr(spec.clusterIPs);
  return ips.length > 0 && ips[0] === 'None';
}

export function validateServiceSpec(spec: Obj, root: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  const specPath = root.child('spec');
  const type = str(spec.type);
  const ports = arr(spec.ports).map(obj);
  const headless = isHeadless(spec);

  if (ports.length === 0 && !headless && type !== 'ExternalName') {
    out.push(errors.required(specPath.child('ports'), '', message('service.portsRequired')));
  }
  switch (type) {
    case 'LoadBalancer':
    case 'NodePort':
      if (headless) {
        out.push(
          errors.invalid(
            clusterIPPath(specPath, 0),
            'None',
            `may not be set to 'None' for ${type} services`,
            message('service.headlessType', { type }),
          ),
        );
      }
      break;
    case 'ExternalName': {
      if (arr(spec.clusterIPs).length > 0) {
        out.push(
          errors.forbidden(
            specPath.child('clusterIPs'),
            'may not be set for ExternalName services',
            message('service.externalNameClusterIP'),
          ),
        );
      }
      if (arr(spec.ipFamilies).length > 0)
        out.push(errors.forbidden(specPath.child('ipFamilies'), 'may not be set for ExternalName services'));
      if (isSet(spec.ipFamilyPolicy))
        out.push(errors.forbidden(specPath.child('ipFamilyPolicy'), 'may not be set for ExternalName services'));
      // The value (a CNAME) may have a trailing dot to denote it as fully qualified.
      const cname = str(spec.externalName).replace(/\.$/, '');
      if (cname !== '') {
        append(
          out,
          errors.invalidEach(
            specPath.child('externalName'),
            cname,
            isDNS1123Subdomain(cname),
            message('service.externalNameNotIP'),
          ),
        );
      } else {
        out.push(errors.required(specPath.child('externalName'), '', message('service.externalNameRequired')));
      }
      break;
    }
  }

  const names = new Set<string>();
  ports.forEach((port, i) =>
    append(out, validateServicePort(port, ports.length > 1, names, specPath.child('ports').index(i))),
  );

  if (spec.selector !== undefined) append(out, validateLabels(stringMap(spec.selector), specPath.child('selector')));

  const affinity = str(spec.sessionAffinity);
  if (affinity === '') out.push(errors.required(specPath.child('sessionAffinity')));
  else if (!affinities.includes(affinity)) {
    out.push(
      errors.notSupported(specPath.child('sessionAffinity'), affinity, affinities, message('service.sessionAffinity')),
    );
  }
  if (affinity === 'ClientIP') {
    const timeout = num(obj(obj(spec.sessionAffinityConfig).clientIP).timeoutSeconds);
    // validateClientIPAffinityConfig: 0 < timeoutSeconds <= MaxClientIPServiceAffinitySeconds (1 day).
    if (timeout <= 0 || timeout > 86400) {
      out.push(
        errors.invalid(
          specPath.children('sessionAffinityConfig', 'clientIP', 'timeoutSeconds'),
          timeout,
          'must be greater than 0 and less than 86400',
          message('service.affinityTimeout'),
        ),
      );
    }
  } else if (affinity === 'None' && isSet(spec.sessionAffinityConfig)) {
    out.push(
      errors.forbidden(
        specPath.child('sessionAffinityConfig'),
        'must not be set when session affinity is None',
        message('service.affinityConfigWithNone'),
      ),
    );
  }

  append(out, validateClusterIPs(spec, specPath));

  arr(spec.externalIPs).forEach((ip, i) => {
    const at = specPath.child('externalIPs').index(i);
    if (!parseIPSloppy(str(ip))) out.push(errors.invalid(at, str(ip), validIPMessage));
    else append(out, errors.invalidEach(at, str(ip), nonSpecialIPErrors(str(ip)), message('service.externalIPs')));
  });

  if (type === '') out.push(errors.required(specPath.child('type')));
  else if (!serviceTypes.includes(type)) {
    out.push(
      errors.notSupported(
        specPath.child('type'),
        type,
        serviceTypes,
        message('service.typeNotSupported', {
          suggestion: serviceTypes.find((t) => t.toLowerCase() === type.toLowerCase()),
        }),
      ),
    );
  }

  if (type === 'ClusterIP') {
    ports.forEach((port, i) => {
      if (num(port.nodePort) !== 0) {
        out.push(
          errors.forbidden(
            specPath.child('ports').index(i).child('nodePort'),
            "may not be used when `type` is 'ClusterIP'",
            message('service.nodePortType'),
          ),
        );
      }
    });
  }

  // Duplicate NodePorts and Ports, considering (protocol, port) pairs.
  const nodePorts = new Set<string>();
  ports.forEach((port, i) => {
    const nodePort = num(port.nodePort);
    if (nodePort === 0) return;
    const key = `${str(port.protocol)}/${nodePort}`;
    if (nodePorts.has(key)) {
      out.push(
        errors.duplicate(
          specPath.child('ports').index(i).child('nodePort'),
          nodePort,
          message('service.nodePortDuplicate'),
        ),
      );
    }
    nodePorts.add(key);
  });
  const seen = new Set<string>();
  ports.forEach((port, i) => {
    const key = `${str(port.protocol)}/${num(port.port)}`;
    if (seen.has(key)) {
      out.push(
        errors.duplicate(
          specPath.child('ports').index(i),
          servicePortLiteral(str(port.protocol), num(port.port)),
          message('service.portDuplicate'),
        ),
      );
    }
    seen.add(key);
  });

  const sourceRanges = arr(spec.loadBalancerSourceRanges);
  if (sourceRanges.length > 0) {
    // The field path is printed with a capital L in the Go source: fieldPath := specPath.Child("LoadBalancerSourceRanges").
    const rangesPath = specPath.child('loadBalancerSourceRanges').printedAs('spec.LoadBalancerSourceRanges');
    if (type !== 'LoadBalancer')
      out.push(errors.forbidden(rangesPath, "may only be used when `type` is 'LoadBalancer'"));
    sourceRanges.forEach((value, i) => {
      const cidr = str(value).trim();
      if (!parseCIDRSloppy(cidr))
        out.push(
          errors.invalid(
            specPath.child('loadBalancerSourceRanges').index(i).printedAs(`spec.LoadBalancerSourceRanges[${i}]`),
            cidr,
            validCIDRMessage,
          ),
        );
    });
  }
  if (isSet(spec.allocateLoadBalancerNodePorts) && type !== 'LoadBalancer') {
    out.push(
      errors.forbidden(
        specPath.child('allocateLoadBalancerNodePorts'),
        "may only be used when `type` is 'LoadBalancer'",
      ),
    );
  }

  append(out, validateTrafficPolicies(spec, specPath, type));
  const distribution = spec.trafficDistribution;
  if (typeof distribution === 'string' && distribution !== 'PreferClose') {
    out.push(errors.notSupported(specPath.child('trafficDistribution'), distribution, ['PreferClose']));
  }
  return out;
}

function validateServicePort(port: Obj, requireName: boolean, names: Set<string>, path: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  const name = str(port.name);
  if (requireName && name === '') {
    out.push(errors.required(path.child('name'), '', message('service.portNameRequired')));
  } else if (name !== '') {
    // Service port names are DNS-1123 labels (not IANA service names like container ports).
    append(out, errors.invalidEach(path.child('name'), name, isDNS1123Label(name), message('service.portNameFormat')));
    if (names.has(name)) out.push(errors.duplicate(path.child('name'), name, message('service.portNameDuplicate')));
    else names.add(name);
  }
  const number = num(port.port);
  append(
    out,
    errors.invalidEach(
      path.child('port'),
      number,
      isValidPortNum(number),
      number === 0 ? message('service.portRequired') : portNumberHint(path.child('port')),
    ),
  );
  append(out, validateProtocol(str(port.protocol), path.child('protocol')));
  append(out, validatePortNumOrName(port.targetPort, path.child('targetPort')));
  if (typeof port.appProtocol === 'string') {
    append(out, errors.invalidEach(path.child('appProtocol'), port.appProtocol, isQualifiedName(port.appProtocol)));
  }
  return out;
}

function validateClusterIPs(spec: Obj, specPath: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  const ips = arr(spec.clusterIPs).map(str);
  const clusterIP = str(spec.clusterIP);
  if (clusterIP !== '' && ips.length > 0 && ips[0] !== clusterIP) {
    out.push(errors.invalid(specPath.child('clusterIPs'), errors.asJson(ips), 'first value must match `clusterIP`'));
  }
  ips.forEach((ip, i) => {
    if (i === 0 && ip === 'None') {
      if (ips.length > 1)
        out.push(
          errors.invalid(specPath.child('clusterIPs'), errors.asJson(ips), "'None' must be the first and only value"),
        );
      return;
    }
    if (!parseIPSloppy(ip))
      out.push(errors.invalid(clusterIPPath(specPath, i), ip, validIPMessage, message('service.clusterIP')));
  });
  return out;
}

/**
 * spec.clusterIPs[i] as the server prints it; when the text wrote only `clusterIP` (which the strategy copies
 * into clusterIPs), the diagnostic points at that line.
 */
export function clusterIPPath(specPath: FieldPath, i: number): FieldPath {
  const written = specPath.child('clusterIPs').index(i);
  return i === 0 && !written.node ? specPath.child('clusterIP').printedAs(written.toString()) : written;
}

function validateTrafficPolicies(spec: Obj, specPath: FieldPath, type: string): FieldError[] {
  const out: FieldError[] = [];
  const external = type === 'NodePort' || type === 'LoadBalancer';
  const etp = str(spec.externalTrafficPolicy);
  if (!external) {
    if (etp !== '') {
      out.push(
        errors.invalid(
          specPath.child('externalTrafficPolicy'),
          etp,
          'may only be set for externally-accessible services',
          message('service.externalTrafficPolicyType'),
        ),
      );
    }
  } else if (etp === '') {
    out.push(errors.required(specPath.child('externalTrafficPolicy')));
  } else if (!trafficPolicies.includes(etp)) {
    out.push(
      errors.notSupported(
        specPath.child('externalTrafficPolicy'),
        etp,
        trafficPolicies,
        message('service.externalTrafficPolicy'),
      ),
    );
  }
  const healthCheckNodePort = num(spec.healthCheckNodePort);
  const needsHealthCheck = type === 'LoadBalancer' && etp === 'Local';
  if (!needsHealthCheck && healthCheckNodePort !== 0) {
    out.push(
      errors.invalid(
        specPath.child('healthCheckNodePort'),
        healthCheckNodePort,
        "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'",
      ),
    );
  } else if (needsHealthCheck && healthCheckNodePort !== 0) {
    append(
      out,
      errors.invalidEach(
        specPath.child('healthCheckNodePort'),
        healthCheckNodePort,
        isValidPortNum(healthCheckNodePort),
      ),
    );
  }
  const itp = spec.internalTrafficPolicy;
  if (typeof itp === 'string' && !trafficPolicies.includes(itp)) {
    out.push(
      errors.notSupported(
        specPath.child('internalTrafficPolicy'),
        itp,
        trafficPolicies,
        message('service.internalTrafficPolicy'),
      ),
    );
  }
  return out;
}

/** The duplicate key, an internal core.ServicePort (no json tags) with only Protocol and Port set. */
function servicePortLiteral(protocol: string, port: number): errors.Rendered {
  return errors.asJson(
    { Name: '', Protocol: protocol, AppProtocol: null, Port: port, TargetPort: 0, NodePort: 0 },
    false,
  );
}
