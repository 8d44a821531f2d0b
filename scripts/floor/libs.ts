/**
 * The libraries alone: every Lit, XState and zod/mini API the widget calls
 * (LitElement with css, html, nothing and reactive properties; createMachine
 * with guards and assign, createActor, resolveState, persisted snapshots;
 * zod/mini objects, arrays, enums, strings, numbers, checks and safeParse),
 * used once each so no bundler can drop them, and nothing of ours. Built by
 * scripts/floor/vite.config.ts for `npm run size` (scripts/size-floor.mjs).
 */
import { LitElement, css, html, nothing } from 'lit';
import { assign, createActor, createMachine } from 'xstate';
import * as z from 'zod/mini';

const schema = z.strictObject({
  a: z.array(z.enum(['x', 'y'])).check(z.minLength(1), z.refine((l) => l.length < 3, 'm')),
  b: z.enum(['p']),
  c: z.number(),
  d: z.string().check(z.refine((s) => s !== '')),
});
const machine = createMachine(
  { context: { n: 0 }, initial: 'a', states: { a: { on: { go: { target: 'b', guard: 'g', actions: 'inc' } } }, b: {} } },
  { guards: { g: () => z.safeParse(schema, {}).success }, actions: { inc: assign({ n: ({ context }) => context.n + 1 }) } },
);
class X extends LitElement {
  static override styles = css`:host{display:block}`;
  static override properties = { a: {}, b: { state: true } };
  actor = createActor(machine, { snapshot: machine.resolveState({ value: 'a', context: { n: 0 } }) });
  override render() {
    const p = this.actor.getPersistedSnapshot();
    return html`<p class=${String(p)} ?hidden=${false} .value=${1} @click=${() => this.actor.send({ type: 'go' })}>${[1].map((i) => html`<i>${i}</i>`)}${nothing}</p>`;
  }
}
customElements.define('x-x', X);
