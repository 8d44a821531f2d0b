import { SerumQuiz } from './serum-quiz';

export default function Page() {
  return <SerumQuiz />;
}
