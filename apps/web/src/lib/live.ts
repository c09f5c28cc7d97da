import type { DocumentNode } from 'graphql';

/**
 * One live subscription over its own WebSocket (graphql-ws on /graphql, signed in by the session cookie; the client
 * loads only when a screen asks for it): `onNext` for each message, `onReconnect` after a dropped socket comes back
 * (what was missed is for the caller to read again). Answers the function that stops it.
 */
export function liveSubscription<T>(
  query: DocumentNode,
  variables: Record<string, unknown>,
  onNext: (data: T) => void,
  onReconnect: () => void,
): () => void {
  let disposed = false;
  let dispose: (() => void) | undefined;
  void Promise.all([import('graphql-ws'), import('graphql')]).then(([{ createClient }, { print }]) => {
    if (disposed) return;
    const ws = createClient({
      url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      on: { connected: (_socket, _payload, wasRetry) => void (wasRetry && onReconnect()) },
    });
    const stop = ws.subscribe<T>(
      { query: print(query), variables },
      { next: (msg) => void (msg.data && onNext(msg.data as T)), error: () => undefined, complete: () => undefined },
    );
    dispose = () => {
      stop();
      void ws.dispose();
    };
  });
  return () => {
    disposed = true;
    dispose?.();
  };
}
