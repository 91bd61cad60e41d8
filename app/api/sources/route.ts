import { jsonResponse, parseQuery } from "@/lib/api/api";
import { sourcesQuerySchema, sourcesResponseSchema } from "@/lib/api/api-schemas";
import { getSources } from "@/lib/data/sources";

export function GET(request: Request): Response {
  const query = parseQuery(request.url, sourcesQuerySchema);
  if (!query.ok) return query.response;
  const { number, missing } = query.value;
  return jsonResponse(request, sourcesResponseSchema, () => ({
    footnotes: getSources().footnotes.filter(
      (f) =>
        (!number || number.includes(f.number)) && (missing === undefined || f.missing === missing),
    ),
  }));
}
