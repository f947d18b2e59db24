// The ingress-nginx annotations the simulator reads, parsed as the controller parses them
// (internal/ingress/annotations/rewrite/main.go, annotations/parser). Values that fail to parse fall back
// to the ConfigMap defaults: ssl-redirect true, force-ssl-redirect false, preserve-trailing-slash false.
import type { Labels } from '../../model';

export const PREFIX = 'nginx.ingress.kubernetes.io/';

export interface RewriteConfig {
  /** rewrite-target; '' when absent. */
  target: string;
  useRegex: boolean;
  sslRedirect: boolean;
  forceSSLRedirect: boolean;
  preserveTrailingSlash: boolean;
  /** app-root; '' when absent or rejected (it must be a path, not an absolute URL). */
  appRoot: string;
  /** Canary Ingresses add weighted alternative backends instead of locations. */
  canary: boolean;
}

/** What the controller's own catch-all location carries: the zero value of rewrite.Config. */
export const NO_REWRITE: RewriteConfig = {
  target: '',
  useRegex: false,
  sslRedirect: false,
  forceSSLRedirect: false,
  preserveTrailingSlash: false,
  appRoot: '',
  canary: false,
};

export function readRewrite(annotations: Labels): RewriteConfig {
  const get = (name: string): string | undefined => annotations[PREFIX + name];
  return {
    target: get('rewrite-target') ?? '',
    useRegex: parseBool(get('use-regex')) ?? false,
    sslRedirect: parseBool(get('ssl-redirect')) ?? true,
    forceSSLRedirect: parseBool(get('force-ssl-redirect')) ?? false,
    preserveTrailingSlash: parseBool(get('preserve-trailing-slash')) ?? false,
    appRoot: appRoot(get('app-root')),
    canary: parseBool(get('canary')) ?? false,
  };
}

/** Go's strconv.ParseBool, which the annotation parser uses. */
function parseBool(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return undefined;
}

// url.ParseRequestURI must accept it and it must not be absolute (no scheme).
function appRoot(value: string | undefined): string {
  if (!value || !value.startsWith('/') || /\s/.test(value)) return '';
  return value;
}
