/**
 * The `lang` attribute in the ESM build: each quiz shows the language of the
 * nearest `lang` on the page (its own, then its ancestors', as HTML reads
 * it), loading that language's words when first needed, and English when the
 * page names none of ours. Setting `lang` later, on the quiz or on the page
 * (also as the `lang` property every element has), switches it.
 *
 * lit-localize's `msg()` is global, so the language is one for the page:
 * quizzes that ask for different languages all show the last one asked for
 * (README, "Languages"). The script-tag files are each built in one language
 * and do not include this (src/embed.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { useLanguage } from '../messages/languages.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Every quiz on the page, to re-render when the page's language changes. */
const quizzes = new Set<Host>();
let observer: MutationObserver | undefined;

function follow(host: Host): void {
  void useLanguage(host.closest('[lang]')?.getAttribute('lang')).then(() => {
    for (const quiz of quizzes) quiz.requestUpdate();
  });
}

export class LanguageController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    quizzes.add(this.host);
    observer ??= new MutationObserver(() => quizzes.forEach(follow));
    if (quizzes.size === 1) observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    follow(this.host);
  }

  hostDisconnected(): void {
    quizzes.delete(this.host);
    if (!quizzes.size) observer?.disconnect();
  }
}
