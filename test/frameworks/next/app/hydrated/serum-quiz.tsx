'use client';
// docs/frameworks.md, Next.js: exosome-quiz/react may also render on the
// server. After hydration the wrapper sets each property and adds each
// listener itself (in a layout effect), which React 19 does not do for a bare
// custom-element tag it hydrates (React issue 35446).
import { ExosomeQuiz } from 'exosome-quiz/react';
import { useState } from 'react';

export function SerumQuiz() {
  const [verdict, setVerdict] = useState('');
  return (
    <main>
      <ExosomeQuiz
        productUrl="https://shop.example/calm-serum"
        productName="Calm Repair Serum"
        persist="none"
        onComplete={(event) => setVerdict(event.detail.recommendation.verdict)}
      />
      <p>
        The app heard: <output id="heard">{verdict}</output>
      </p>
    </main>
  );
}
