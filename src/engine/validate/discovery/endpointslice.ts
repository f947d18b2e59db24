// EndpointSlices: pkg/apis/discovery/validation ValidateEndpointSlice (addressType, endpoints, ports).
import { message } from '../../messages';
import * as errors from '../errors';
import type { FieldError } from '../errors';
import { isDNS1123Label, isDNS1123Subdomain, isInRange, nonSpecialIPErrors, validIPMessage } from '../names';
import { parseIPSloppy } from '../../net/address';
import type { FieldPath } from '../path';
import { arr, isSet, obj, str } from '../../values';
import type { Obj } from '../../values';
import { validateProtocol } from '../core/ports';
import { append } from '../../list';

const addressTypes = ['FQDN', 'IPv4', 'IPv6'];
const maxAddresses = 100;
const maxEndpoints = 1000;
const maxPorts = 20000;

export function validateEndpointSlice(slice: Obj, root: FieldPath): FieldError[] {
  const out: FieldError[] = [];
  const addressType = str(slice.addressType);
  if (addressType === '')
    out.push(errors.required(root.child('addressType'), '', message('endpointSliceSpec.addressType')));
  else if (!addressTypes.includes(addressType))
    out.push(errors.notSupported(root.child('addressType'), addressType, addressTypes));
  const endpoints = arr(slice.endpoints);
  if (endpoints.length > maxEndpoints)
    out.push(errors.tooMany(root.child('endpoints'), endpoints.length, maxEndpoints));
  endpoints.forEach((raw, i) => {
    const endpoint = obj(raw);
    const path = root.child('endpoints').index(i);
    const addresses = arr(endpoint.addresses);
    if (addresses.length === 0) out.push(errors.required(path.child('addresses'), 'must contain at least 1 address'));
    else if (addresses.length > maxAddresses)
      out.push(errors.tooMany(path.child('addresses'), addresses.length, maxAddresses));
    addresses.forEach((a, j) => {
      const address = str(a);
      const at = path.child('addresses').index(j);
      const ip = parseIPSloppy(address);
      if (addressType === 'IPv4' && (!ip || ip.v6))
        out.push(errors.invalid(at, address, 'must be a valid IPv4 address'));
      else if (addressType === 'IPv6' && (!ip || !ip.v6))
        out.push(errors.invalid(at, address, 'must be a valid IPv6 address'));
      else if (addressType === 'FQDN') append(out, errors.invalidEach(at, address, isDNS1123Subdomain(address)));
      else if (!ip) out.push(errors.invalid(at, address, validIPMessage));
      // ValidateEndpointIP: the same special ranges as Service external IPs are refused.
      if (ip && addressType !== 'FQDN') append(out, errors.invalidEach(at, address, nonSpecialIPErrors(address)));
    });
    if (typeof endpoint.hostname === 'string')
      append(out, errors.invalidEach(path.child('hostname'), endpoint.hostname, isDNS1123Label(endpoint.hostname)));
    if (typeof endpoint.nodeName === 'string')
      append(out, errors.invalidEach(path.child('nodeName'), endpoint.nodeName, isDNS1123Subdomain(endpoint.nodeName)));
  });
  const ports = arr(slice.ports);
  if (ports.length > maxPorts) out.push(errors.tooMany(root.child('ports'), ports.length, maxPorts));
  const names = new Set<string>();
  ports.forEach((raw, i) => {
    const port = obj(raw);
    const path = root.child('ports').index(i);
    const name = str(port.name);
    if (name !== '') append(out, errors.invalidEach(path.child('name'), name, isDNS1123Label(name)));
    if (names.has(name)) out.push(errors.duplicate(path.child('name'), name));
    names.add(name);
    append(out, validateProtocol(str(port.protocol), path.child('protocol')));
    if (isSet(port.port))
      append(
        out,
        errors.invalidEach(path.child('port'), port.port as number, isInRange(port.port as number, 0, 65535)),
      );
  });
  return out;
}
