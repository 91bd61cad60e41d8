import { errorResponse, jsonResponse, parseQuery } from "@/lib/api/api";
import { noQuerySchema } from "@/lib/api/api-schemas";
import { FACTION_IDS } from "@/lib/constants";
import { getFaction } from "@/lib/data/factions";
import { factionSchema } from "@/lib/data/schemas/factions";

export async function GET(
  request: Request,
  ctx: RouteContext<"/api/factions/[id]">,
): Promise<Response> {
  const query = parseQuery(request.url, noQuerySchema);
  if (!query.ok) return query.response;
  const { id } = await ctx.params;
  const faction = getFaction(id);
  if (!faction) {
    return errorResponse(404, `No faction with id "${id.slice(0, 60)}".`, [
      `Valid ids: ${FACTION_IDS.join(", ")}.`,
    ]);
  }
  return jsonResponse(request, factionSchema, () => faction);
}
