import type { FastifyRequest } from 'fastify';

/**
 * A server-rendered form's fields (Fastify parses url-encoded bodies within its body limit): the first value of each
 * text field; anything else — JSON, a buffer, arrays of objects — reads as an empty form.
 */
export function formFields(req: FastifyRequest): URLSearchParams {
  const out = new URLSearchParams();
  const b = req.body;
  if (b && typeof b === 'object' && !Buffer.isBuffer(b))
    for (const [k, v] of Object.entries(b as Record<string, unknown>)) {
      const first = Array.isArray(v) ? v[0] : v;
      if (typeof first === 'string') out.set(k, first);
    }
  return out;
}
