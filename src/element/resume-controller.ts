import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { progressOf, storedProgress } from '../persistence/resume.js';
import { LOCAL_MAX_AGE_MS, readProgress } from '../persistence/saved-progress.js';
import { readShareFragment, shareFragment, shareKey } from '../persistence/share-code.js';
import { GuardedStorage } from '../persistence/storage.js';
import type { QuizMachine, QuizView, Resume } from '../quiz/index.js';
import type { Answers } from '../rules/answers.js';
import type { ActorController } from './actor-controller.js';
import type { Persist } from './attributes.js';
import { warn } from './report.js';

/** Keys of the quizzes connected on this page, to notice two that would share storage and links. */
const inUse = new Set<string>();

type Host = ReactiveControllerHost & HTMLElement;

/** Progress as stored, without its date: what tells a real change from a repeat. */
const serialise = (snapshot: QuizView) => JSON.stringify(progressOf(snapshot, 0));

/** The page's Web Storage for `persist`, guarded (persistence/storage.ts). */
const webStorage = (persist: () => Persist) =>
  new GuardedStorage(() => {
    const kind = persist();
    if (kind === 'none') return null;
    return { name: `${kind}Storage`, storage: () => (kind === 'local' ? localStorage : sessionStorage) };
  }, warn);

/**
 * Resume and share: on the element's first connection it notes, without
 * decoding anything, whether a share link or saved progress is there for
 * this quiz (`waiting`); `restore()`, called by the scheduler before the
 * quiz starts, reads them, and a link's result or the progress becomes the
 * quiz's input (`take()`). A share link opened on the page later asks the
 * scheduler to start the quiz again from it (`reopen`). Progress is saved
 * as the actor's snapshots change; share links are built here. Each quiz
 * keeps to its own key (from its `id`).
 */
export class ResumeController implements ReactiveController {
  #key = '';
  #shared = false;
  #restored = false;
  #pending: Resume | null = null;
  /** Progress as last saved or restored, so only a real change is written. */
  #last = 'null';
  /** Where progress was kept at the last update, to move it when `persist` changes. */
  #keptIn?: Persist;
  /** The share link entry being shown; it leaves the URL once the reader moves on. */
  #fromLink = false;
  readonly #storage = webStorage(() => (this.#shared ? 'none' : this.persist()));
  /** Saved progress as read at connection, decoded by `restore()`. */
  #stored: string | null = null;
  /** A link opened on the page (if `restore()` has not run yet, it finds the link again and shows the same). */
  readonly #onHashChange = () => {
    if (this.#openLink() && this.#pending) this.reopen();
  };

  constructor(
    private readonly host: Host,
    private readonly quiz: ActorController<QuizMachine>,
    private readonly persist: () => Persist,
    /** Starts the quiz again from `take()`: a share link was opened on the page. */
    private readonly reopen: () => void,
  ) {
    host.addController(this);
    quiz.watch((snapshot) => this.#follow(snapshot));
  }

  /** The progress to start the quiz from, once. */
  take(): Resume | null {
    const pending = this.#pending;
    this.#pending = null;
    return pending;
  }

  hostConnected(): void {
    this.#key = shareKey(this.host.id);
    this.#shared = inUse.has(this.#key);
    if (this.#shared) {
      warn(
        `two quizzes on this page use the key "${this.#key}": give each its own id. This one keeps no progress and ignores share links.`,
      );
    } else inUse.add(this.#key);
    addEventListener('hashchange', this.#onHashChange);
    if (!this.#restored && !this.#shared) this.#stored = this.#storage.read(this.#key);
  }

  /**
   * Whether `restore()` may have something to read: then the first screen
   * may not be the intro. A fragment that only looks like an entry (say,
   * `#not-exosome-quiz=`) costs nothing but starting the quiz a little earlier.
   */
  get waiting(): boolean {
    return !this.#restored && !this.#shared && (this.#stored !== null || location.hash.includes(`${this.#key}=`));
  }

  /** Once, before the quiz starts: the share link's result, else the saved progress, becomes its input. */
  restore(): void {
    if (this.#restored || this.#shared) return;
    this.#restored = true;
    if (this.#openLink()) return;
    const read = readProgress(this.#stored, Date.now(), this.persist() === 'local' ? LOCAL_MAX_AGE_MS : Infinity);
    if (read.kind === 'bad') {
      warn(`the saved progress under "${this.#key}" was discarded (${read.problem}); the quiz starts clean.`);
      this.#storage.write(this.#key, null);
    } else if (read.kind === 'saved') this.#resume(read.progress);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.#onHashChange);
    if (!this.#shared) inUse.delete(this.#key);
  }

  /** A `persist` change moves what is kept: out of the old storage, into the new one. */
  hostUpdate(): void {
    const persist = this.persist();
    if (this.#keptIn && this.#keptIn !== persist) {
      const keptIn = this.#keptIn;
      webStorage(() => keptIn).write(this.#key, null);
      const { snapshot } = this.quiz;
      if (snapshot) this.#save(snapshot);
    }
    this.#keptIn = persist;
  }

  /** The page's address with this result in the fragment, replacing any fragment it had. */
  shareUrl(answers: Answers): string {
    return `${location.href.replace(/#.*$/, '')}#${shareFragment(this.#key, answers)}`;
  }

  #follow(snapshot: QuizView): void {
    const now = serialise(snapshot);
    if (now === this.#last) return;
    this.#last = now;
    if (this.#fromLink) {
      this.#fromLink = false;
      this.#dropLink();
    }
    this.#save(snapshot);
  }

  #save(snapshot: QuizView): void {
    const progress = progressOf(snapshot, Date.now());
    this.#storage.write(this.#key, progress && JSON.stringify(progress));
  }

  /** The quiz (re)starts from `resume`, its input. */
  #resume(resume: Resume): void {
    this.#last = JSON.stringify(storedProgress(resume, 0));
    this.#pending = resume;
  }

  /**
   * Makes the result of this quiz's entry in the URL fragment its input.
   * Returns whether the fragment had an entry for this quiz (a bad one is
   * reported and dropped, and the quiz starts clean).
   */
  #openLink(): boolean {
    if (this.#shared) return false;
    const read = readShareFragment(location.hash, this.#key);
    if (read.kind === 'none') return false;
    if (read.kind === 'bad') {
      warn(`the share link for "${this.#key}" could not be read (${read.problem}); the quiz starts clean.`);
      this.#dropLink();
      return true;
    }
    this.#resume({ screen: 'result', draft: read.answers });
    this.#fromLink = true;
    return true;
  }

  /** Takes this quiz's entry out of the address bar, leaving the host's own fragment. */
  #dropLink() {
    const read = readShareFragment(location.hash, this.#key);
    if (read.kind === 'none') return;
    try {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${read.rest ? `#${read.rest}` : ''}`);
    } catch {
      // A sandboxed frame may refuse: the entry stays, and is read again only on a reload.
    }
  }
}
