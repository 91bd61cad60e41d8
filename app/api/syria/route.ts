import { jsonResponse, parseQuery } from "@/lib/api";
import { syriaQuerySchema, syriaResponseSchema } from "@/lib/api-schemas";
import { filterSyria } from "@/lib/filters";
import { getSyriaData } from "@/lib/syria";

export function GET(request: Request): Response {
  const query = parseQuery(request.url, syriaQuerySchema);
  if (!query.ok) return query.response;
  return jsonResponse(request, syriaResponseSchema, () => ({
    issues: filterSyria(getSyriaData().issues, query.value.alignment),
  }));
}
