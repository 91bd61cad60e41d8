import { jsonResponse, parseQuery } from "@/lib/api/api";
import { figuresQuerySchema, figuresResponseSchema } from "@/lib/api/api-schemas";
import { getFiguresData } from "@/lib/data/figures";
import { filterFigures } from "@/lib/views/filters";

export function GET(request: Request): Response {
  const query = parseQuery(request.url, figuresQuerySchema);
  if (!query.ok) return query.response;
  return jsonResponse(request, figuresResponseSchema, () => ({
    figures: filterFigures(getFiguresData().figures, query.value),
  }));
}
