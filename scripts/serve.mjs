// Serves the repository's demo/ and dist/ folders on localhost, under a
// strict Content Security Policy, so the demo shows the widget as it runs on
// a careful blog: no inline scripts or styles, no eval.
//
//   node scripts/serve.mjs [port]
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const port = Number(process.argv[2] ?? process.env.PORT ?? 4173);
const root = process.cwd();
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'";

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let path = normalize(decodeURIComponent(url.pathname));
  if (path === '/favicon.ico') {
    response.writeHead(204).end();
    return;
  }
  if (path === '/') {
    response.writeHead(302, { location: '/demo/' }).end();
    return;
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = join(root, path);
  const allowed = ['demo', 'dist'].some((dir) => file.startsWith(join(root, dir)));
  try {
    if (!allowed || !statSync(file).isFile()) throw new Error('not found');
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CSP,
    'cache-control': 'no-store',
  });
  createReadStream(file).pipe(response);
})
  .on('error', (error) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${port} is already in use. Stop the other server, or pick another port: PORT=4180 npm start`
        : String(error),
    );
    process.exit(1);
  })
  .listen(port, '127.0.0.1', () => {
    console.log(`Demo: http://localhost:${port}/demo/  (Ctrl+C to stop)`);
  });
