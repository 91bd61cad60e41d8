import { jsonResponse, parseQuery, API_ENDPOINTS } from "@/lib/api/api";
import { apiIndexSchema, noQuerySchema } from "@/lib/api/api-schemas";

/** The API's own table of contents, so a person who types /api learns where to go. */
export function GET(request: Request): Response {
  const query = parseQuery(request.url, noQuerySchema);
  if (!query.ok) return query.response;
  return jsonResponse(request, apiIndexSchema, () => ({
    endpoints: API_ENDPOINTS.map((e) => ({ ...e })),
  }));
}
