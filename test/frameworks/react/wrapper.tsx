// README, Frameworks: React 18 or 19 with exosome-quiz/react (@lit/react).
import { ExosomeQuiz } from 'exosome-quiz/react';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [verdict, setVerdict] = useState('');
  return (
    <>
      <ExosomeQuiz
        productUrl="https://shop.example/calm-serum"
        productName="Calm Repair Serum"
        persist="none"
        onComplete={(event) => setVerdict(event.detail.recommendation.verdict)}
      />
      <p>
        The app heard: <output id="heard">{verdict}</output>
      </p>
    </>
  );
}

createRoot(document.querySelector('#app')!).render(<App />);
