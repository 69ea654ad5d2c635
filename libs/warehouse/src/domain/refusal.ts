/**
 * A rule's refusal as data: the code of the warehouse error catalogue that names the rule, and the facts
 * a client needs to act on it. Services turn it into the error they throw; domain code never throws it.
 */
export interface Refusal<C extends string = string> {
  code: C;
  params: Record<string, unknown>;
}

/** What a state machine answers to an event: the next state, or why not. */
export type Transition<S, C extends string = string> = { ok: true; next: S } | { ok: false; refusal: Refusal<C> };
