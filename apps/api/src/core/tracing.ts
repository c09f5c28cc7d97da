import { context, propagation, trace, type Attributes } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider, type ReadableSpan, type SpanProcessor } from '@opentelemetry/sdk-trace';

/** Attributes that could name a person or a secret: the client's address and browser, full URLs and query strings. */
const DROPPED = [
  'client.address',
  'net.peer.ip',
  'http.client_ip',
  'net.sock.peer.addr',
  'network.peer.address',
  'user_agent.original',
  'http.user_agent',
  'http.url',
  'url.full',
  'url.query',
];
const PATHS = ['http.target', 'url.path', 'http.route'];

/** A path with its query string removed and any long segment (an id, a link's token) replaced by ":id". */
export function redactPath(path: string): string {
  return (path.split('?')[0] ?? '')
    .split('/')
    .map((segment) => (segment.length > 20 || /\d{6,}/.test(segment) ? ':id' : segment))
    .join('/');
}

/** Spans leave the process without a person's address, browser or link token (docs/operations.md, "Traces"). */
class Redacting implements SpanProcessor {
  constructor(private readonly next: SpanProcessor) {}
  onStart(...args: Parameters<SpanProcessor['onStart']>): void {
    this.next.onStart(...args);
  }
  onEnd(span: ReadableSpan): void {
    const attributes = span.attributes as Attributes;
    for (const key of DROPPED) delete attributes[key];
    for (const key of PATHS) if (typeof attributes[key] === 'string') attributes[key] = redactPath(attributes[key]);
    this.next.onEnd(span);
  }
  forceFlush(): Promise<void> {
    return this.next.forceFlush();
  }
  shutdown(): Promise<void> {
    return this.next.shutdown();
  }
}

/**
 * OpenTelemetry traces, only when an OTLP endpoint is configured (OTEL_EXPORTER_OTLP_ENDPOINT or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT; OTEL_SDK_DISABLED=true turns it off): a span per HTTP request (incoming and
 * outgoing, e.g. the text provider), per PostgreSQL statement (its text, never its values) and per outbox delivery,
 * exported over OTLP/HTTP in batches. Must run before `http` and `pg` are loaded (main.ts imports it first).
 * Returns the provider's shutdown (flushes what is left), or null when off.
 */
export function startTracing(env: NodeJS.ProcessEnv = process.env): (() => Promise<void>) | null {
  if (!(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) || env.OTEL_SDK_DISABLED === 'true') return null;
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME ?? 'lalaland-api' }),
    spanProcessors: [new Redacting(new BatchSpanProcessor({ exporter: new OTLPTraceExporter() }))],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      // Health probes every few seconds would drown the rest.
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => (req.url ?? '').startsWith('/health') }),
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
  return () => provider.shutdown();
}

/** The app's own spans (outbox deliveries); a no-op tracer unless tracing was started. */
export const tracer = () => trace.getTracer('lalaland-api');
