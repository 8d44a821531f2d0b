import { createLogger, defineConfig } from 'vite';

/**
 * `npm start` and `npm run screenshots`: `vite preview` serves the demo
 * (demo/) and the built script (dist/) from the repository's root, under the
 * strict Content Security Policy of a careful blog (no inline scripts or
 * styles, no eval), so the demo shows the widget as it runs there. Only for
 * a local preview: it serves whatever is under the root.
 */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'";

// This config never builds: Vite's warning that an outDir at the root could overwrite sources does not apply.
const logger = createLogger();
const { warn } = logger;
logger.warn = (message, options) => (message.includes('build.outDir') ? undefined : warn(message, options));

export default defineConfig({
  appType: 'mpa',
  customLogger: logger,
  plugins: [
    {
      name: 'demo-entrances',
      // The root opens the demo; browsers' /favicon.ico request gets an empty answer rather than a 404 on the console.
      configurePreviewServer: ({ middlewares }) => {
        middlewares.use((request, response, next) => {
          if (request.url === '/') response.writeHead(302, { location: '/demo/' }).end();
          else if (request.url === '/favicon.ico') response.writeHead(204).end();
          else next();
        });
      },
    },
  ],
  build: { outDir: '.' },
  preview: {
    host: '127.0.0.1',
    port: Number(process.env.PORT ?? 4173),
    strictPort: true,
    headers: { 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' },
  },
});
