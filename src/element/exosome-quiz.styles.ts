import { unsafeCSS } from 'lit';
// The stylesheet is plain CSS, imported as text: Vite's CSS minifier (Lightning CSS) minifies it at build time.
import text from './exosome-quiz.css?inline';

/** The widget's own styles (exosome-quiz.css). */
export const styles = unsafeCSS(text);
