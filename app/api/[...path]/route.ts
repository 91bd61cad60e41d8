import { API_CACHE_CONTROL, API_ENDPOINTS, errorResponse } from "@/lib/api/api";

/**
 * Unknown API paths answer in JSON like the rest of the API, not with the HTML 404 page.
 * The answer stays true until the next build, so shared caches may keep it like any other.
 */
export function GET(): Response {
  return errorResponse(
    404,
    "No such API endpoint.",
    [`Available: ${API_ENDPOINTS.map((e) => e.path).join(", ")}. The index is at /api.`],
    { "Cache-Control": API_CACHE_CONTROL },
  );
}
