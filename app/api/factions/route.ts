import { jsonResponse, parseQuery } from "@/lib/api/api";
import { factionsQuerySchema, factionsResponseSchema } from "@/lib/api/api-schemas";
import { getFactionsData } from "@/lib/data/factions";

export function GET(request: Request): Response {
  const query = parseQuery(request.url, factionsQuerySchema);
  if (!query.ok) return query.response;
  return jsonResponse(request, factionsResponseSchema, () => {
    const { dimensions, consensus, arbiter, outlook, factions } = getFactionsData();
    const ids = query.value.ids;
    return {
      dimensions,
      consensus,
      arbiter,
      outlook,
      factions: ids ? factions.filter((f) => ids.includes(f.id)) : factions,
    };
  });
}
