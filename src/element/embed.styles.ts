import { unsafeCSS } from 'lit';
import text from './embed.css?inline';

/** What the host page brings in: its heading (any length) and its call to action (embed.css). */
export const embedStyles = unsafeCSS(text);
