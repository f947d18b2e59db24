// EndpointSlice validation hints (validate/discovery/endpointslice.ts).
import type { MessageTable } from '../table';

export const endpointSliceSpec = {
  'endpointSliceSpec.addressType': 'EndpointSlice에는 addressType(IPv4, IPv6, FQDN)이 있어야 합니다.',
} satisfies MessageTable;
