// The certificate ingress-nginx presents on 443, chosen by SNI: the host's server uses the Secret an Ingress
// lists for it under spec.tls; every other name (a server without tls, or no server: the catch-all) gets the
// controller's default SSL certificate, which unless --default-ssl-certificate is set is the self-signed
// "Kubernetes Ingress Controller Fake Certificate" it generates at start (internal/net/ssl, ingress-nginx docs
// "Default SSL Certificate"). curl refuses it: "curl: (60) SSL certificate problem: self-signed certificate".
import type { IngressCertificate } from '../../types';
import { selectServer } from './select';
import type { NginxConfig } from './types';

export const FAKE_CERTIFICATE = 'Kubernetes Ingress Controller Fake Certificate';

export function certificateFor(config: NginxConfig, host: string): IngressCertificate {
  const server = selectServer(config, host);
  return server.tls && server.hostname !== '_'
    ? { selfSigned: false, subject: server.hostname }
    : { selfSigned: true, subject: FAKE_CERTIFICATE };
}
