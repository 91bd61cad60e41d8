import { jsonResponse, parseQuery, readOnlyHandlers } from "@/lib/api";
import { factionsQuerySchema, factionsResponseSchema } from "@/lib/api-schemas";
import { getFactionsData } from "@/lib/factions";

export function GET(request: Request): Response {
  const query = parseQuery(request.url, factionsQuerySchema);
  if (!query.ok) return query.response;
  const { dimensions, factions } = getFactionsData();
  const ids = query.value.ids;
  const selected = ids ? factions.filter((f) => ids.includes(f.id)) : factions;
  return jsonResponse(request, factionsResponseSchema, { dimensions, factions: selected });
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyHandlers;
