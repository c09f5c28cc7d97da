import type { RequestContext } from '../context/request-context';
import type { RequestContextFactory } from '../context/context-factory';

const checked = new WeakMap<RequestContext, { at: number; ok: boolean }>();

/**
 * A subscription's session, checked again before its socket is sent anything (at most every 5 s): signing out, or the
 * session ending, stops the messages.
 */
export async function stillSignedIn(contexts: RequestContextFactory, ctx: RequestContext): Promise<boolean> {
  const seen = checked.get(ctx);
  if (seen && Date.now() - seen.at < 5_000) return seen.ok;
  const ok = !!ctx.req && (await contexts.create(ctx.req)).userId === ctx.userId && ctx.userId !== null;
  checked.set(ctx, { at: Date.now(), ok });
  return ok;
}

/** What a subscription resolver reads from Mercurius's context: topics on every replica (LiveEvents feeds them). */
export interface LivePubSub {
  subscribe(topic: string): Promise<AsyncIterable<unknown>>;
}
