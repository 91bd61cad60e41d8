import { jsonResponse, parseQuery } from "@/lib/api/api";
import { balancingResponseSchema, noQuerySchema } from "@/lib/api/api-schemas";
import { getBalancingData } from "@/lib/data/balancing";

export function GET(request: Request): Response {
  const query = parseQuery(request.url, noQuerySchema);
  if (!query.ok) return query.response;
  return jsonResponse(request, balancingResponseSchema, () => {
    const { dimensions, actors, reference } = getBalancingData();
    return { dimensions, actors, reference };
  });
}
