import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SnapshotFrom } from 'xstate';
import type { QuizMachine } from '../quiz/machine.js';
import { progressOf, snapshotOf } from '../quiz/resume.js';
import { LOCAL_MAX_AGE_MS, readProgress } from '../rules/saved-progress.js';
import type { Answers } from '../rules/answers.js';
import { readShareFragment, shareFragment, shareKey } from '../rules/share-code.js';
import type { ActorController } from './actor-controller.js';
import type { Persist } from './attributes.js';
import { warn } from './report.js';
import { SafeStorage } from './storage.js';

/** Keys of the quizzes connected on this page, to notice two that would share storage and links. */
const inUse = new Set<string>();

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Resume and share: restores a share link's result or saved progress when
 * the element first connects, saves progress as the reader goes, and
 * builds share links. Each quiz keeps to its own key (from its `id`).
 */
export class ResumeController implements ReactiveController {
  private key = '';
  private shared = false;
  private restored = false;
  /** Progress as last saved or restored, so only a real change is written. */
  private last = '';
  /** The share link entry being shown; it leaves the URL once the reader moves on. */
  private fromLink = false;
  private readonly storage = new SafeStorage(() => (this.shared ? 'none' : this.persist()));
  private readonly onHashChange = () => this.openLink();

  constructor(
    private readonly host: Host,
    private readonly quiz: ActorController<QuizMachine>,
    private readonly persist: () => Persist,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.key = shareKey(this.host.id);
    this.shared = inUse.has(this.key);
    if (this.shared) {
      warn(
        `two quizzes on this page use the key "${this.key}": give each its own id. This one keeps no progress and ignores share links.`,
      );
    } else inUse.add(this.key);
    addEventListener('hashchange', this.onHashChange);
    if (this.restored || this.shared) return;
    this.restored = true;
    this.last = this.serialise(this.quiz.snapshot);
    if (this.openLink()) return;
    const read = readProgress(this.storage.read(this.key), Date.now(), this.persist() === 'local' ? LOCAL_MAX_AGE_MS : Infinity);
    if (read.kind === 'bad') {
      warn(`the saved progress under "${this.key}" was discarded (${read.problem}); the quiz starts clean.`);
      this.storage.write(this.key, null);
    } else if (read.kind === 'saved') this.restore(snapshotOf(read.progress));
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.onHashChange);
    if (!this.shared) inUse.delete(this.key);
  }

  hostUpdated(): void {
    const now = this.serialise(this.quiz.snapshot);
    if (now === this.last) return;
    this.last = now;
    if (this.fromLink) {
      this.fromLink = false;
      this.dropLink();
    }
    this.save();
  }

  /** Writes progress now, or clears it when persistence is off (a `persist` change). */
  save(previous?: Persist): void {
    if (previous && previous !== 'none') new SafeStorage(() => previous).write(this.key, null);
    const progress = progressOf(this.quiz.snapshot, Date.now());
    this.storage.write(this.key, progress && JSON.stringify(progress));
  }

  /** The page's address with this result in the fragment, replacing any fragment it had. */
  shareUrl(answers: Answers): string {
    return `${location.href.replace(/#.*$/, '')}#${shareFragment(this.key, answers)}`;
  }

  /** Shows the result of this quiz's entry in the URL fragment, if it has one. Returns whether it did. */
  private openLink(): boolean {
    if (this.shared) return false;
    const read = readShareFragment(location.hash, this.key);
    if (read.kind === 'none') return false;
    if (read.kind === 'bad') {
      warn(`the share link for "${this.key}" could not be read (${read.problem}); the quiz starts clean.`);
      this.dropLink();
      return true;
    }
    this.restore(snapshotOf({ screen: 'result', draft: read.answers }));
    this.fromLink = true;
    return true;
  }

  private restore(snapshot: SnapshotFrom<QuizMachine>) {
    this.quiz.restore(snapshot);
    this.last = this.serialise(snapshot);
  }

  /** Takes this quiz's entry out of the address bar, leaving the host's own fragment. */
  private dropLink() {
    const read = readShareFragment(location.hash, this.key);
    if (read.kind === 'none') return;
    try {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${read.rest ? `#${read.rest}` : ''}`);
    } catch {
      // A sandboxed frame may refuse: the entry stays, and is read again only on a reload.
    }
  }

  private serialise(snapshot: Pick<SnapshotFrom<QuizMachine>, 'value' | 'context'>): string {
    const progress = progressOf(snapshot, 0);
    return JSON.stringify(progress);
  }
}
