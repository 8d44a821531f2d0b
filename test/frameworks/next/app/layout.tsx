// docs/frameworks.md, Next.js. The root layout is a server component: importing
// the package here, as `next build` prerenders the page, defines nothing and
// throws nothing. The element itself is rendered on the client (serum-quiz.tsx).
import { ExosomeQuiz } from 'exosome-quiz';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = { title: 'exosome-quiz in Next.js', icons: 'data:,' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {children}
        <p id="built-with">Built with exosome-quiz {ExosomeQuiz.version}</p>
      </body>
    </html>
  );
}
