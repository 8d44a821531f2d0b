'use client';
// docs/frameworks.md, Next.js: the bare tag renders on the client only.
// Rendered on the server and hydrated, React 19 attaches no custom-element
// properties or listeners (React issue 35446): productName would stay empty
// and no event would come. exosome-quiz/react may render on the server (hydrated/).
import dynamic from 'next/dynamic';

export const SerumQuiz = dynamic(() => import('./quiz'), { ssr: false });
