// The Gateway API kinds (gateway.networking.k8s.io v1 and v1beta1) as the API server serves them once the
// standard channel's CRDs are installed: custom resources, so their validation is the CRD's structural
// schema and CEL rules (openapi.ts) rather than Go code, and their names are DNS subdomains (as for every
// custom resource).
import { message } from '../../messages';
import { invariant } from '../../invariant';
import * as errors from '../errors';
import type { FieldError } from '../errors';
import type { KindInfo } from '../kinds';
import { isDNS1123Subdomain } from '../names';
import type { FieldPath } from '../path';
import { objectMeta } from '../schema/meta';
import { any, object, str } from '../schema/types';
import type { Obj } from '../../values';
import { unknownFields, validateAgainst, withDefaults } from './openapi';
import { crdSchemas, GATEWAY_GROUP, type GatewayKind } from './schema';

const SCOPE: Record<GatewayKind, boolean> = {
  GatewayClass: false,
  Gateway: true,
  HTTPRoute: true,
  ReferenceGrant: true,
  GRPCRoute: true,
};

/** The object with the CRD's defaults filled in under spec (what the API server stores). */
export function defaultGatewayObject(kind: GatewayKind, object: Obj): Obj {
  const spec = crdSchemas[kind].properties?.spec;
  if (!spec || object.spec === undefined || object.spec === null) return object;
  return { ...object, spec: withDefaults(object.spec, spec) };
}

function validateKind(kind: GatewayKind) {
  return (object: Obj, root: FieldPath): FieldError[] => {
    const schema = crdSchemas[kind];
    const specSchema = invariant(schema.properties?.spec, `the ${kind} CRD schema describes spec`);
    const specPath = root.child('spec');
    if (object.spec === undefined || object.spec === null)
      return [errors.required(specPath, '', message('gatewaySpec.specRequired', { kind }))];
    const unknown = unknownFields(object.spec, specSchema, specPath);
    if (unknown.length > 0) return unknown;
    return validateAgainst(withDefaults(object.spec, specSchema), specSchema, specPath);
  };
}

function info(kind: GatewayKind): KindInfo {
  return {
    // Top-level fields are checked like any object's; spec is the CRD schema's business (validateKind).
    schema: object(`v1.${kind}`, { apiVersion: str, kind: str, metadata: objectMeta, spec: any, status: any }),
    namespaced: SCOPE[kind],
    name: isDNS1123Subdomain,
    validate: validateKind(kind),
  };
}

const served = (kinds: GatewayKind[]) => Object.fromEntries(kinds.map((kind) => [kind, info(kind)]));

/** The served versions of the standard-channel kinds, for the kinds table. */
export const gatewayKinds: Record<string, Record<string, KindInfo>> = {
  [`${GATEWAY_GROUP}/v1`]: served(['GatewayClass', 'Gateway', 'HTTPRoute', 'ReferenceGrant', 'GRPCRoute']),
  [`${GATEWAY_GROUP}/v1beta1`]: served(['GatewayClass', 'Gateway', 'HTTPRoute', 'ReferenceGrant']),
};

/** The kinds loadCluster keeps (GRPCRoute validates but carries no HTTP traffic to simulate). */
export const GATEWAY_KINDS: ReadonlySet<string> = new Set(['GatewayClass', 'Gateway', 'HTTPRoute', 'ReferenceGrant']);
