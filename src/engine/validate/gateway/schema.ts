// The Gateway API kinds' OpenAPI v3 schemas, as the standard channel's CRDs install them
// (kubernetes-sigs/gateway-api config/crd/standard/gateway.networking.k8s.io_{gatewayclasses,gateways,
// httproutes,referencegrants}.yaml, `openAPIV3Schema` of version v1 with the descriptions dropped).
// The CRDs serve v1 and v1beta1 with the same schema (ReferenceGrant: v1beta1 is the stored version), so one
// schema per kind serves both.
import crds from './crds.json';

export interface CelRule {
  rule: string;
  message?: string;
  fieldPath?: string;
  reason?: string;
}

/** The subset of JSONSchemaProps a structural CRD schema uses. */
export interface OpenAPISchema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  properties?: Record<string, OpenAPISchema>;
  items?: OpenAPISchema;
  additionalProperties?: OpenAPISchema | boolean;
  required?: string[];
  enum?: unknown[];
  pattern?: string;
  maxLength?: number;
  minLength?: number;
  maxItems?: number;
  minItems?: number;
  maximum?: number;
  minimum?: number;
  default?: unknown;
  format?: string;
  'x-kubernetes-validations'?: CelRule[];
  'x-kubernetes-list-type'?: 'atomic' | 'set' | 'map';
  'x-kubernetes-list-map-keys'?: string[];
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
}

export type GatewayKind = 'GatewayClass' | 'Gateway' | 'HTTPRoute' | 'ReferenceGrant';

export const crdSchemas = crds as unknown as Record<GatewayKind, OpenAPISchema>;

export const GATEWAY_GROUP = 'gateway.networking.k8s.io';
