import { createHash } from "node:crypto";
import { z } from "zod";

/**
 * Shared plumbing for the JSON API: query validation, response validation, ETags and
 * cache headers, and errors a person can act on. Route handlers stay a few lines long.
 */

// The data changes only with a new build, so shared caches may keep answers for a day and
// serve stale copies while revalidating; browsers revalidate cheaply with the ETag.
export const API_CACHE_CONTROL =
  "public, max-age=60, s-maxage=86400, stale-while-revalidate=604800";

export interface ApiErrorBody {
  error: string;
  issues: string[];
}

export function errorResponse(
  status: number,
  error: string,
  issues: string[] = [],
  headers: HeadersInit = {},
): Response {
  const body: ApiErrorBody = { error, issues };
  return Response.json(body, {
    status,
    headers: { "Cache-Control": "no-store", ...headers },
  });
}

export function methodNotAllowed(): Response {
  return errorResponse(405, "This endpoint is read-only: use GET (or HEAD).", [], {
    Allow: "GET, HEAD, OPTIONS",
  });
}

/** Next's automatic OPTIONS would list the 405 handlers as allowed; state the truth instead. */
export function options(): Response {
  return new Response(null, { status: 204, headers: { Allow: "GET, HEAD, OPTIONS" } });
}

export const readOnlyHandlers = {
  OPTIONS: options,
  POST: methodNotAllowed,
  PUT: methodNotAllowed,
  PATCH: methodNotAllowed,
  DELETE: methodNotAllowed,
};

type QueryResult<T> = { ok: true; value: T } | { ok: false; response: Response };

/**
 * Validates the query string against a schema of allowed parameters. Unknown or repeated
 * parameters are rejected rather than ignored, so a typo never silently returns everything.
 */
export function parseQuery<S extends z.ZodObject>(
  url: string,
  schema: S,
): QueryResult<z.output<S>> {
  const params = new URL(url).searchParams;
  const allowed = Object.keys(schema.shape);
  const raw: Record<string, string> = {};
  const problems: string[] = [];
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (!allowed.includes(key)) {
      problems.push(
        allowed.length
          ? `Unknown parameter "${key.slice(0, 40)}". This endpoint accepts: ${allowed.join(", ")}.`
          : `Unknown parameter "${key.slice(0, 40)}". This endpoint takes no query parameters.`,
      );
    } else if (values.length > 1) {
      problems.push(
        `Parameter "${key}" is given ${values.length} times; give it once, with comma-separated values.`,
      );
    } else {
      raw[key] = values[0] ?? "";
    }
  }
  if (problems.length)
    return { ok: false, response: errorResponse(400, problems[0] ?? "Bad query.", problems) };
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((i) =>
      i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message,
    );
    return { ok: false, response: errorResponse(400, issues[0] ?? "Bad query.", issues) };
  }
  return { ok: true, value: result.data };
}

/** A comma-separated list whose items must each be one of `options`. */
export function commaList<T extends string>(name: string, options: readonly T[]) {
  return z.string().transform((s, ctx) => {
    const items = s
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean);
    if (items.length === 0) {
      ctx.addIssue({
        code: "custom",
        message: `${name} is empty: give one or more of ${options.join(", ")}.`,
      });
      return z.NEVER;
    }
    for (const item of items) {
      if (!(options as readonly string[]).includes(item)) {
        ctx.addIssue({
          code: "custom",
          message: `Unknown ${name} "${item.slice(0, 40)}". Valid values: ${options.join(", ")}.`,
        });
        return z.NEVER;
      }
    }
    return [...new Set(items)] as T[];
  });
}

/**
 * Validates the outgoing body against its schema (a bug in the data path becomes a clear
 * 500 in the logs rather than a malformed answer), then answers with an ETag so clients
 * and CDNs can revalidate for free.
 */
export function jsonResponse<S extends z.ZodType>(
  request: Request,
  schema: S,
  body: z.input<S>,
): Response {
  const checked = schema.safeParse(body);
  if (!checked.success) {
    console.error("API response failed its schema", checked.error.issues.slice(0, 5));
    return errorResponse(
      500,
      "The server produced data that failed validation. This is a bug on our side.",
    );
  }
  const text = JSON.stringify(checked.data);
  const etag = `"${createHash("sha1").update(text).digest("base64url")}"`;
  const headers = {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": API_CACHE_CONTROL,
    ETag: etag,
  };
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch && ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(text, { status: 200, headers });
}
