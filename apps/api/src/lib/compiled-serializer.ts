import fastJson from 'fast-json-stringify';
import { z } from 'zod';

/**
 * A reply serializer compiled from a route's zod response schema (via JSON Schema and
 * fast-json-stringify) for hot routes (searches, matching): the default zod serializer re-validates every
 * reply before `JSON.stringify`, which costs more than the search itself. Replies are built by
 * our own code from typed values, so validating them again on the way out buys nothing.
 */
export function compiledSerializer(schema: z.ZodType): () => (data: unknown) => string {
  // the same schema the OpenAPI document shows, as the reply's shape (defaults applied)
  const json = z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'any' });
  const stringify = fastJson(json as Parameters<typeof fastJson>[0]);
  return () => (data) => stringify(data);
}
