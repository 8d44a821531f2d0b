import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  createActor,
  type Actor,
  type AnyActorLogic,
  type EventFromLogic,
  type InputFrom,
  type SnapshotFrom,
  type Subscription,
} from 'xstate';

/** What the host reads from a snapshot to render. */
export type ViewOf<TLogic extends AnyActorLogic> = Pick<SnapshotFrom<TLogic>, 'value' | 'context'>;

const idle = (callback: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(callback, 50);
  return () => clearTimeout(id);
};

/**
 * Bridges an XState actor to a Lit host: re-renders the host on every
 * snapshot, stops the actor on disconnect, and a host moved in the DOM
 * (disconnected, then connected) picks up where it was.
 *
 * The logic is built and the actor started after the first paint, so a page
 * that embeds the host pays for them in later, short tasks: the host
 * renders `firstView` until then. The logic is built when the page is next
 * idle, the actor started at the idle time after that, and both at once if
 * an event comes first.
 */
export class ActorController<TLogic extends AnyActorLogic> implements ReactiveController {
  private actor?: Actor<TLogic>;
  private subscription?: Subscription;
  private persisted: unknown;
  private cancel?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly logic: () => TLogic,
    private readonly input: InputFrom<TLogic> | undefined,
    /** The view the logic starts in, rendered before the actor exists. */
    private readonly firstView: ViewOf<TLogic>,
  ) {
    host.addController(this);
  }

  get snapshot(): ViewOf<TLogic> {
    return this.actor ? this.actor.getSnapshot() : this.firstView;
  }

  send(event: EventFromLogic<TLogic>): void {
    this.start().send(event);
  }

  /** Replaces the running actor with one started from a snapshot (saved progress, a share link). */
  restore(snapshot: SnapshotFrom<TLogic>): void {
    this.cancel?.();
    this.subscription?.unsubscribe();
    this.actor?.stop();
    this.actor = createActor(this.logic(), { input: this.input, snapshot: snapshot as never });
    this.subscription = this.actor.subscribe(() => this.host.requestUpdate());
    this.actor.start();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // A host moved in the DOM restores where it was at once: its view is not the first one.
    if (this.persisted) this.start();
    else this.cancel = idle(() => (this.logic(), (this.cancel = idle(() => this.start()))));
  }

  hostDisconnected(): void {
    this.cancel?.();
    if (!this.actor) return;
    this.persisted = this.actor.getPersistedSnapshot();
    this.subscription?.unsubscribe();
    this.actor.stop();
    this.actor = undefined;
  }

  private start(): Actor<TLogic> {
    if (this.actor) return this.actor;
    this.cancel?.();
    const snapshot = this.persisted as never;
    this.actor = createActor(this.logic(), snapshot ? { input: this.input, snapshot } : { input: this.input });
    this.subscription = this.actor.subscribe(() => this.host.requestUpdate());
    return this.actor.start();
  }
}
