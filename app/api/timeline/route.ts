import { jsonResponse, parseQuery } from "@/lib/api/api";
import { timelineQuerySchema, timelineResponseSchema } from "@/lib/api/api-schemas";
import { filterEvents } from "@/lib/views/filters";
import { getTimelineData } from "@/lib/data/timeline";

export function GET(request: Request): Response {
  const { events } = getTimelineData();
  const threads = [...new Set(events.flatMap((e) => (e.thread ? [e.thread] : [])))];
  const query = parseQuery(request.url, timelineQuerySchema(threads));
  if (!query.ok) return query.response;
  return jsonResponse(request, timelineResponseSchema, () => ({
    events: filterEvents(events, query.value),
  }));
}
