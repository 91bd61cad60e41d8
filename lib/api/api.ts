import { createHash } from "node:crypto";
import { z } from "zod";
import { DATASETS } from "@/lib/data/datasets";

/**
 * Shared plumbing for the JSON API: query validation, response validation, ETags and
 * cache headers, and errors a person can act on. Route handlers stay a few lines long.
 */

// The data changes only with a new build, so a CDN may keep answers until the next deploy
// purges it (a year is the ceiling); browsers keep them a minute, then revalidate with the ETag.
export const API_CACHE_CONTROL =
  "public, max-age=60, s-maxage=31536000, stale-while-revalidate=86400";

export interface ApiErrorBody {
  error: string;
  issues: string[];
}

/** The most problems one error answer lists; each is also clipped, so no answer grows with its request. */
export const MAX_ERROR_ISSUES = 10;

export function errorResponse(
  status: number,
  error: string,
  issues: string[] = [],
  headers: HeadersInit = {},
): Response {
  // A client chooses how many problems its request has; the answer's size is ours to cap.
  const shown =
    issues.length > MAX_ERROR_ISSUES
      ? [
          ...issues.slice(0, MAX_ERROR_ISSUES),
          `…and ${issues.length - MAX_ERROR_ISSUES} more problems of the same kinds.`,
        ]
      : issues;
  const body: ApiErrorBody = {
    error: error.slice(0, 300),
    issues: shown.map((i) => i.slice(0, 300)),
  };
  return Response.json(body, {
    status,
    headers: { "Cache-Control": "no-store", ...headers },
  });
}

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

interface CachedAnswer {
  /** The answer encoded once: every request sends these bytes rather than encoding it again. */
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

// The data changes only with a new build, so an answer, once validated and serialised, is
// good until the process ends. Bounded, because query spellings are the client's to choose.
const answers = new Map<string, CachedAnswer>();
const MAX_CACHED_ANSWERS = 500;

function answerFor<S extends z.ZodType>(
  key: string,
  schema: S,
  build: () => z.input<S>,
): CachedAnswer | null {
  const hit = answers.get(key);
  if (hit) return hit;
  const checked = schema.safeParse(build());
  if (!checked.success) {
    console.error("API response failed its schema", checked.error.issues.slice(0, 5));
    return null;
  }
  const text = JSON.stringify(checked.data);
  const answer = {
    body: new TextEncoder().encode(text),
    etag: `"${createHash("sha1").update(text).digest("base64url")}"`,
  };
  if (answers.size >= MAX_CACHED_ANSWERS) {
    const oldest = answers.keys().next().value;
    if (oldest !== undefined) answers.delete(oldest);
  }
  answers.set(key, answer);
  return answer;
}

/**
 * Answers with the body `build` returns, validated against its schema (a bug in the data
 * path becomes a clear 500 in the logs rather than a malformed answer), with an ETag so
 * clients and CDNs can revalidate for free. The serialised answer is kept per URL.
 */
export function jsonResponse<S extends z.ZodType>(
  request: Request,
  schema: S,
  build: () => z.input<S>,
): Response {
  const answer = answerFor(request.url, schema, build);
  if (!answer) {
    return errorResponse(
      500,
      "The server produced data that failed validation. This is a bug on our side.",
    );
  }
  const headers = {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": API_CACHE_CONTROL,
    ETag: answer.etag,
  };
  const ifNoneMatch = request.headers.get("if-none-match");
  if (
    ifNoneMatch &&
    ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === answer.etag)
  ) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(answer.body, { status: 200, headers });
}

/** Every endpoint, for the index at /api and the JSON 404 of unknown API paths: each dataset lists its own. */
export const API_ENDPOINTS = DATASETS.flatMap((d) => d.api);
