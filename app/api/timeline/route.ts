import { jsonResponse, parseQuery } from "@/lib/api";
import { timelineQuerySchema, timelineResponseSchema } from "@/lib/api-schemas";
import { filterEvents } from "@/lib/filters";
import { getTimelineData } from "@/lib/timeline";

export function GET(request: Request): Response {
  const query = parseQuery(request.url, timelineQuerySchema);
  if (!query.ok) return query.response;
  return jsonResponse(request, timelineResponseSchema, () => ({
    events: filterEvents(getTimelineData().events, query.value),
  }));
}
