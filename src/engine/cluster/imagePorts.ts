// The ports well-known images listen on when run as the course runs them, each row with where it comes from.
// A container's declared containerPorts are added by the caller (listening.ts); an image not in this table
// has no known default.
import type { Protocol } from '../types';

export interface ImagePort {
  port: number;
  protocol: Protocol;
}

interface ImageRow {
  /** Repository names as `normalizeImage` gives them. */
  names: string[];
  /** The ports for the container's command line; undefined when this run of the image is not known. */
  ports: (argv: string[]) => ImagePort[] | undefined;
}

const tcp = (...ports: number[]) => ports.map((port) => ({ port, protocol: 'TCP' as const }));
const fixed =
  (...ports: ImagePort[]) =>
  () =>
    ports;

/** The value of `-name=V`, `--name=V`, `-name V` or `--name V` in argv (Go's flag package takes all four). */
function flag(argv: string[], name: string): string | undefined {
  for (const [i, arg] of argv.entries()) {
    const match = /^--?([^=]+)(?:=(.*))?$/.exec(arg);
    if (!match || match[1] !== name) continue;
    return match[2] ?? argv[i + 1];
  }
  return undefined;
}

/** A port number from `8080`, `:8080` or `0.0.0.0:8080`. */
function portOf(value: string | undefined): number | undefined {
  const match = /(?:^|:)(\d{1,5})$/.exec(value ?? '');
  const port = match ? Number(match[1]) : NaN;
  return port >= 1 && port <= 65535 ? port : undefined;
}

const TABLE: ImageRow[] = [
  // nginxinc/docker-nginx mainline/debian/Dockerfile: EXPOSE 80; default.conf `listen 80;`.
  { names: ['nginx'], ports: fixed(...tcp(80)) },
  // nginxinc/docker-nginx-unprivileged Dockerfile: EXPOSE 8080 (listens 8080 as a non-root user).
  { names: ['nginxinc/nginx-unprivileged'], ports: fixed(...tcp(8080)) },
  // docker-library/httpd Dockerfile: EXPOSE 80; httpd.conf `Listen 80`.
  { names: ['httpd'], ports: fixed(...tcp(80)) },
  // kodekloudhub/webapp-color app.py and mmumshad/simple-webapp app.py: app.run(host="0.0.0.0", port=8080).
  {
    names: [
      'kodekloud/webapp-color',
      'kodekloud/simple-webapp',
      'mmumshad/simple-webapp',
      'kodekloud/simple-webapp-mysql',
    ],
    ports: fixed(...tcp(8080)),
  },
  // hashicorp/http-echo main.go: listenFlag = flag.String("listen", ":5678", ...).
  { names: ['hashicorp/http-echo'], ports: (argv) => tcp(portOf(flag(argv, 'listen')) ?? 5678) },
  // kubernetes test/images/agnhost: netexec --http-port (default 8080, netexec/netexec.go), serve-hostname --port
  // (default 9376, serve-hostname/serve_hostname.go); other subcommands are not servers the course runs.
  {
    names: [
      'registry.k8s.io/e2e-test-images/agnhost',
      'k8s.gcr.io/e2e-test-images/agnhost',
      'gcr.io/kubernetes-e2e-test-images/agnhost',
    ],
    ports: (argv) => {
      if (argv.includes('netexec')) return tcp(portOf(flag(argv, 'http-port')) ?? 8080);
      if (argv.includes('serve-hostname')) return tcp(portOf(flag(argv, 'port')) ?? 9376);
      return undefined;
    },
  },
  // traefik/whoami app.go: flag "port" (default 80).
  { names: ['traefik/whoami'], ports: (argv) => tcp(portOf(flag(argv, 'port')) ?? 80) },
  // kennethreitz/httpbin Dockerfile: EXPOSE 80 (gunicorn -b 0.0.0.0:80).
  { names: ['kennethreitz/httpbin'], ports: fixed(...tcp(80)) },
  // GoogleCloudPlatform/kubernetes-engine-samples hello-app main.go: PORT, default "8080".
  {
    names: ['gcr.io/google-samples/hello-app', 'us-docker.pkg.dev/google-samples/containers/gke/hello-app'],
    ports: fixed(...tcp(8080)),
  },
  // docker-library/redis Dockerfile: EXPOSE 6379.
  { names: ['redis'], ports: fixed(...tcp(6379)) },
  // docker-library/mysql Dockerfile: EXPOSE 3306 33060.
  { names: ['mysql'], ports: fixed(...tcp(3306, 33060)) },
  // docker-library/postgres Dockerfile: EXPOSE 5432.
  { names: ['postgres'], ports: fixed(...tcp(5432)) },
  // docker-library/mongo Dockerfile: EXPOSE 27017.
  { names: ['mongo'], ports: fixed(...tcp(27017)) },
  // docker-library/memcached Dockerfile: EXPOSE 11211.
  { names: ['memcached'], ports: fixed(...tcp(11211)) },
  // kubernetes/ingress-nginx deploy/static/provider/*/deploy.yaml: containerPorts http 80, https 443, webhook 8443;
  // the controller's health and metrics on 10254 (--healthz-port).
  { names: ['registry.k8s.io/ingress-nginx/controller'], ports: fixed(...tcp(80, 443, 8443, 10254)) },
  // kubeadm's CoreDNS: Corefile `.:53` (UDP and TCP), `prometheus :9153`, `health` :8080, `ready` :8181.
  {
    names: ['registry.k8s.io/coredns/coredns', 'k8s.gcr.io/coredns/coredns', 'coredns/coredns'],
    ports: fixed({ port: 53, protocol: 'UDP' }, ...tcp(53, 9153, 8080, 8181)),
  },
  // docker-library/busybox and alpine run `sh`; curlimages/curl runs curl; pause only sleeps: no server.
  {
    names: ['busybox', 'alpine', 'curlimages/curl', 'registry.k8s.io/pause', 'k8s.gcr.io/pause'],
    ports: fixed(),
  },
];

const BY_NAME = new Map(TABLE.flatMap((row) => row.names.map((name) => [name, row] as const)));

/**
 * The repository of an image reference, as Docker Hub and registries name it: tag and digest dropped,
 * `docker.io/` and `library/` dropped (`docker.io/library/nginx:1.27` → `nginx`), lower case.
 */
export function normalizeImage(image: string): string {
  // split always returns at least one piece: the reference before any digest.
  let [name = ''] = image.trim().toLowerCase().split('@');
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  if (colon > slash) name = name.slice(0, colon);
  name = name.replace(/^(?:index\.)?docker\.io\//, '');
  return name.replace(/^library\//, '');
}

/** The tag of an image reference (`latest` when none is written). */
export function imageTag(image: string): string {
  const [name = ''] = image.trim().split('@');
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  return colon > slash ? name.slice(colon + 1) : 'latest';
}

/** The ports the image listens on for this command line; undefined when the image (or this run of it) is unknown. */
export function imagePorts(image: string, argv: string[]): ImagePort[] | undefined {
  return BY_NAME.get(normalizeImage(image))?.ports(argv);
}
