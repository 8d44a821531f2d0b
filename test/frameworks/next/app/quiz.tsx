// docs/frameworks.md, Next.js: the bare tag, loaded by serum-quiz.tsx for the client only.
import 'exosome-quiz';
import type {} from 'exosome-quiz/react/jsx';
import { useState } from 'react';

export default function Quiz() {
  const [verdict, setVerdict] = useState('');
  return (
    <main>
      <exosome-quiz
        productUrl="https://shop.example/calm-serum"
        productName="Calm Repair Serum"
        persist="none"
        onexosome-quiz-complete={(event) => setVerdict(event.detail.recommendation.verdict)}
      />
      <p>
        The app heard: <output id="heard">{verdict}</output>
      </p>
    </main>
  );
}
