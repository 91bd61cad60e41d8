import { jsonResponse, parseQuery } from "@/lib/api/api";
import { syriaQuerySchema, syriaResponseSchema } from "@/lib/api/api-schemas";
import { filterSyria } from "@/lib/views/filters";
import { getSyriaData } from "@/lib/data/syria";

export function GET(request: Request): Response {
  const query = parseQuery(request.url, syriaQuerySchema);
  if (!query.ok) return query.response;
  return jsonResponse(request, syriaResponseSchema, () => ({
    issues: filterSyria(getSyriaData().issues, query.value.alignment),
  }));
}
