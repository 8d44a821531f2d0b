import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  createActor,
  type Actor,
  type AnyActorLogic,
  type EventFromLogic,
  type InputFrom,
  type SnapshotFrom,
} from 'xstate';

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
 * emits on the host as a DOM event (bubbling, composed), stops the actor on
 * disconnect, and a host moved in the DOM (disconnected, then connected)
 * picks up where it was.
 *
 * The logic is built and the actor started only when the host calls
 * `start()` or sends an event, so a page that embeds the host pays nothing
 * for them at load: until then the host renders `firstView()`, the view the
 * logic starts in, or the `preview()` of where an action it is about to send
 * leads.
 */
export class ActorController<TLogic extends AnyActorLogic> implements ReactiveController {
  #actor?: Actor<TLogic>;
  #persisted: unknown;
  /** A view shown before the actor exists (preview()), until it starts. */
  #view?: ViewOf<TLogic>;
  readonly #watchers: ((snapshot: ViewOf<TLogic>) => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly logic: () => TLogic,
    /** The view the logic starts in, rendered before the actor exists. */
    private readonly firstView: () => ViewOf<TLogic>,
    private readonly from: {
      /** The actor's input, read when it is created. */
      input: () => InputFrom<TLogic>;
      /** Before each render: the event that tells the actor what changed in the host since (its input), if anything. */
      sync: (snapshot: ViewOf<TLogic>) => EventFromLogic<TLogic> | null;
    },
  ) {
    host.addController(this);
  }

  get snapshot(): ViewOf<TLogic> {
    return this.#actor?.getSnapshot() ?? this.#view ?? this.firstView();
  }

  /**
   * Before the actor exists, renders `view` (where an action the host is about
   * to send leads) and answers true; the actor then starts as usual. Once it
   * exists, answers false.
   */
  preview(view: ViewOf<TLogic>): boolean {
    if (this.#actor) return false;
    this.#view = view;
    this.host.requestUpdate();
    return true;
  }

  send(event: EventFromLogic<TLogic>): void {
    this.start().send(event);
  }

  /** Calls `watcher` with every snapshot from the actor's start on. */
  watch(watcher: (snapshot: ViewOf<TLogic>) => void): void {
    this.#watchers.push(watcher);
  }

  hostUpdate(): void {
    // Before the actor exists there is nothing to tell: it reads the host as it is when it starts.
    const event = this.#actor && this.from.sync(this.snapshot);
    if (event) this.send(event);
  }

  hostConnected(): void {
    // A host moved in the DOM restores where it was at once: its view is not the first one.
    if (this.#persisted) this.start();
  }

  hostDisconnected(): void {
    if (!this.#actor) return;
    this.#persisted = this.#actor.getPersistedSnapshot();
    this.#actor.stop();
    this.#actor = undefined;
  }

  /** Stops the actor and starts a new one from the input as it is now (a share link opened on the page). */
  restart(): void {
    this.hostDisconnected();
    this.#persisted = undefined;
    this.start();
  }

  /** The running actor, created and started now if it is not yet. */
  start(): Actor<TLogic> {
    if (this.#actor) return this.#actor;
    this.#view = undefined;
    const snapshot = this.#persisted as never;
    const actor = (this.#actor = createActor(this.logic(), snapshot ? { input: this.from.input(), snapshot } : { input: this.from.input() }));
    actor.on('*', ({ type, detail }: HostEvent) =>
      this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true })),
    );
    actor.subscribe((snapshot) => {
      for (const watcher of this.#watchers) watcher(snapshot);
      this.host.requestUpdate();
    });
    return actor.start();
  }
}
