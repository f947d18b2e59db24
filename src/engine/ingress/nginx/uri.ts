// nginx matches locations against `$uri`: the request path percent-decoded, with runs of slashes merged
// (merge_slashes on) and `.` / `..` segments resolved (ngx_http_parse_complex_uri).
export function normalizedUri(path: string): string {
  const segments: string[] = [];
  const parts = decode(path).split('/');
  const last = parts.length - 1;
  for (const [i, part] of parts.entries()) {
    if (part === '..') segments.pop();
    if (part !== '..' && part !== '.' && part !== '') segments.push(part);
    else if (i === last) segments.push('');
  }
  return `/${segments.join('/')}`;
}

function decode(path: string): string {
  return path.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}
