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

/**
 * Bridges an XState actor to a Lit host: starts it on connect, stops it on
 * disconnect, and re-renders the host on every snapshot. A host moved in the
 * DOM (disconnected, then connected) picks up where it was.
 */
export class ActorController<TLogic extends AnyActorLogic> implements ReactiveController {
  private actor: Actor<TLogic>;
  private subscription?: Subscription;
  private persisted: unknown;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly logic: TLogic,
    private readonly input?: InputFrom<TLogic>,
  ) {
    this.actor = createActor(logic, { input });
    host.addController(this);
  }

  get snapshot(): SnapshotFrom<TLogic> {
    return this.actor.getSnapshot();
  }

  send(event: EventFromLogic<TLogic>): void {
    this.actor.send(event);
  }

  /** Replaces the running actor with one started from a snapshot (saved progress, a share link). */
  restore(snapshot: SnapshotFrom<TLogic>): void {
    this.subscription?.unsubscribe();
    this.actor.stop();
    this.actor = createActor(this.logic, { input: this.input, snapshot: snapshot as never });
    this.subscription = this.actor.subscribe(() => this.host.requestUpdate());
    this.actor.start();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    if (this.persisted) {
      this.actor = createActor(this.logic, { input: this.input, snapshot: this.persisted as never });
    }
    this.subscription = this.actor.subscribe(() => this.host.requestUpdate());
    this.actor.start();
  }

  hostDisconnected(): void {
    this.persisted = this.actor.getPersistedSnapshot();
    this.subscription?.unsubscribe();
    this.actor.stop();
  }
}
