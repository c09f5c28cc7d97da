// A round-robin HTTP proxy on loopback, in front of API replicas (what a load balancer or a Kubernetes Service does).
import { createServer, request, type Server } from 'node:http';

export interface Proxy {
  url: string;
  /** Which replica answered each request so far (by index). */
  served: number[];
  close(): Promise<void>;
}

export function roundRobin(ports: number[]): Promise<Proxy> {
  let next = 0;
  const served = ports.map(() => 0);
  const server: Server = createServer((req, res) => {
    const i = next++ % ports.length;
    served[i]!++;
    const upstream = request({ host: '127.0.0.1', port: ports[i], method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 30_000;
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, served, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}
