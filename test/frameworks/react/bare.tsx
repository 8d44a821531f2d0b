// README, Frameworks: React 19 without the wrapper. React sets camelCase props
// as properties and listens to `on` + the event's exact name.
import 'exosome-quiz';
import type {} from 'exosome-quiz/react/jsx';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [verdict, setVerdict] = useState('');
  return (
    <>
      <exosome-quiz
        productUrl="https://shop.example/calm-serum"
        productName="Calm Repair Serum"
        persist="none"
        onexosome-quiz-complete={(event) => setVerdict(event.detail.recommendation.verdict)}
      />
      <p>
        The app heard: <output id="heard">{verdict}</output>
      </p>
    </>
  );
}

createRoot(document.querySelector('#app')!).render(<App />);
