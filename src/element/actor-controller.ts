import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createActor, type Actor, type AnyActorLogic, type EventFromLogic, type InputFrom, type SnapshotFrom } from 'xstate';

/** What the host reads from a snapshot to render. */
export type ViewOf<TLogic extends AnyActorLogic> = Pick<SnapshotFrom<TLogic>, 'value' | 'context'>;

/** An event the logic emits for the host page: dispatched on the host as a DOM event of that name. */
interface HostEvent {
  type: string;
  detail: unknown;
}

/**
 * Bridges an XState actor to a Lit host: re-renders the host on every
 * snapshot (and tells the `watch`ers), dispatches every event the logic
 * emits on the host as a DOM event (bubbling, composed), and stops the actor
 * on disconnect, keeping its snapshot so that `start()` picks up where it was.
 *
 * When the actor starts is not this controller's call: the host's scheduler
 * (scheduler.ts) calls `start()`.
 */
export class ActorController<TLogic extends AnyActorLogic> implements ReactiveController {
  #actor?: Actor<TLogic>;
  /** The stopped actor's snapshot, to start again from. */
  #persisted?: unknown;
  #last?: ViewOf<TLogic>;
  readonly #watchers: ((snapshot: ViewOf<TLogic>) => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly logic: TLogic,
    private readonly from: {
      /** The actor's input, read when it is created. */
      input: () => InputFrom<TLogic>;
      /** Before each render: the event that tells the actor what changed in the host since (its input), if anything. */
      sync: (snapshot: ViewOf<TLogic>) => EventFromLogic<TLogic> | null;
    },
  ) {
    host.addController(this);
  }

  get running(): boolean {
    return this.#actor !== undefined;
  }

  /** The running actor's snapshot, or the stopped one's last; undefined before the first start. */
  get snapshot(): ViewOf<TLogic> | undefined {
    return this.#actor?.getSnapshot() ?? this.#last;
  }

  /** Sends `event` to the running actor; none running, it is dropped. */
  send(event: EventFromLogic<TLogic>): void {
    this.#actor?.send(event);
  }

  /** Calls `watcher` with every snapshot from the actor's start on. */
  watch(watcher: (snapshot: ViewOf<TLogic>) => void): void {
    this.#watchers.push(watcher);
  }

  hostUpdate(): void {
    const event = this.#actor && this.from.sync(this.#actor.getSnapshot());
    if (event) this.send(event);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Stops the actor, keeping where it was for the next `start()`. */
  stop(): void {
    if (!this.#actor) return;
    this.#last = this.#actor.getSnapshot();
    this.#persisted = this.#actor.getPersistedSnapshot();
    this.#actor.stop();
    this.#actor = undefined;
  }

  /** Stops the actor and forgets where it was: the next `start()` begins from the input as it is then. */
  reset(): void {
    this.stop();
    this.#persisted = undefined;
  }

  /** Creates and starts the actor (from where it stopped, if it did); running, it does nothing. */
  start(): void {
    if (this.#actor) return;
    const snapshot = this.#persisted as never;
    const input = this.from.input();
    const actor = (this.#actor = createActor(this.logic, snapshot ? { input, snapshot } : { input }));
    actor.on('*', ({ type, detail }: HostEvent) =>
      this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true })),
    );
    actor.subscribe((snapshot) => {
      for (const watcher of this.#watchers) watcher(snapshot);
      this.host.requestUpdate();
    });
    actor.start();
  }
}
