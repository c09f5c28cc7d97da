import type { FastifyInstance } from 'fastify';

/**
 * The portal's Content-Security-Policy: scripts only from this origin (the build has no inline script), no plugins,
 * no framing, forms and requests to this origin only. Styles allow inline because Mantine sets CSS variables in
 * style attributes and <style> tags at run time; workers may be blobs for the playground's editor.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Nothing the portal uses; everything else off. */
const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';

/** Security headers on every answer: pages, assets, GraphQL, files. HSTS only when the public origin is https. */
export function installSecurityHeaders(fastify: FastifyInstance, publicUrl: string): void {
  const https = publicUrl.startsWith('https://');
  fastify.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'same-origin');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    reply.header('Permissions-Policy', PERMISSIONS_POLICY);
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Cross-Origin-Resource-Policy', 'same-origin');
    if (https) reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  });
}
