// The nginx configuration ingress-nginx would render, reduced to what decides where a request goes.
import type { IngressBackendModel, IngressModel } from '../../model';
import type { RewriteConfig } from './annotations';

/** The Ingress path a location came from. */
export interface PathOrigin {
  ruleIndex: number;
  pathIndex: number;
  host?: string;
  /** As written in the Ingress ('' → '/'). */
  path: string;
  /** As written; ingress-nginx turns ImplementationSpecific into Prefix (internal/k8s: SetDefaultNGINXPathType). */
  pathType: 'Exact' | 'Prefix' | 'ImplementationSpecific';
}

export interface Location {
  /** The location's path after ingress-nginx's normalisation (Prefix `/foo` → `/foo/` plus `= /foo`). */
  path: string;
  exact: boolean;
  /** The server's root location that no Ingress path replaced (controller.go: IsDefBackend). */
  isDefBackend: boolean;
  /** undefined: the controller's own default backend, which answers 404. */
  backend?: IngressBackendModel;
  /** The Ingress whose annotations the location carries (and whose namespace the backend is in). */
  ingress?: IngressModel;
  origin?: PathOrigin;
  /** The backend is the Ingress's spec.defaultBackend. */
  fromDefaultBackend: boolean;
  rewrite: RewriteConfig;
  /** With the server's regex modifier: the compiled `~* "^PATH"`; undefined if it does not compile. */
  regex?: RegExp;
  /** Younger Ingresses whose identical path (same host, path and type) was dropped for this one. */
  shadowed: IngressModel[];
  /** How the location reads in nginx.conf, for the explanation. */
  directive: string;
}

export interface Server {
  /** Host name, `*.suffix` wildcard, or `_` for the catch-all server. */
  hostname: string;
  locations: Location[];
  /** use-regex or a rewrite-target on any location: every location becomes `~*` (template.go: enforceRegexModifier). */
  enforceRegex: boolean;
  /** An Ingress lists this host under spec.tls (the Secret is assumed to exist). */
  tls: boolean;
  /** First location (in config order) with app-root, whose server-level `if ($uri = /)` fires first. */
  appRoot?: Location;
}

export interface NginxConfig {
  servers: Map<string, Server>;
  /** `*.suffix` servers, longest suffix first (nginx server_name: longest wildcard wins). */
  wildcards: { suffix: string; server: Server }[];
  defaultServer: Server;
  /** Ingresses the controller does not serve; `denied`: kubectl's message when the admission webhook refused it. */
  ignored: { ingress: IngressModel; reason: string; denied?: string }[];
  served: IngressModel[];
  /** The Ingresses of ingress-nginx's class that the admission webhook let in (canaries too), oldest first. */
  admitted: IngressModel[];
}
