import { jsonResponse, parseQuery } from "@/lib/api";
import { figuresQuerySchema, figuresResponseSchema } from "@/lib/api-schemas";
import { getFiguresData } from "@/lib/figures";
import { filterFigures } from "@/lib/filters";

export function GET(request: Request): Response {
  const query = parseQuery(request.url, figuresQuerySchema);
  if (!query.ok) return query.response;
  return jsonResponse(request, figuresResponseSchema, () => ({
    figures: filterFigures(getFiguresData().figures, query.value),
  }));
}
