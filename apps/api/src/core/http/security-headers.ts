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
  // Built once; each answer copies them in one call.
  const headers: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'x-frame-options': 'DENY',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'permissions-policy': PERMISSIONS_POLICY,
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    ...(publicUrl.startsWith('https://') ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
  fastify.addHook('onRequest', async (req, reply) => {
    reply.headers({ ...headers, 'x-request-id': req.id });
  });
}
