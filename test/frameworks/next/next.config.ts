import type { NextConfig } from 'next';

// docs/frameworks.md, Next.js: the app router, exported as static files that
// frameworks.test.ts serves (`next build` writes them to out/).
const config: NextConfig = {
  output: 'export',
};

export default config;
