/**
 * One live subscription over its own WebSocket (graphql-ws on /graphql, signed in by the session cookie; the client
 * loads only when a screen asks for it): `onNext` for each message, `onReconnect` after a dropped socket comes back
 * (what was missed is for the caller to read again). Answers the function that stops it.
 */
export function liveSubscription<T>(
  /** The subscription's text (`print(document)`). */
  query: string,
  variables: Record<string, unknown>,
  onNext: (data: T) => void,
  onReconnect: () => void,
): () => void {
  let disposed = false;
  let dispose: (() => void) | undefined;
  void import('graphql-ws').then(({ createClient }) => {
    if (disposed) return;
    const ws = createClient({
      url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      on: { connected: (_socket, _payload, wasRetry) => void (wasRetry && onReconnect()) },
    });
    const stop = ws.subscribe<T>(
      { query, variables },
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
