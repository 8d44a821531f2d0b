// README, Frameworks: plain TypeScript. The import defines <exosome-quiz>; the event is typed by its detail.
import 'exosome-quiz';

document.querySelector('exosome-quiz')!.addEventListener('exosome-quiz-complete', (event) => {
  document.querySelector('#heard')!.textContent = event.detail.recommendation.verdict;
});
