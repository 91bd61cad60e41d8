# Production image: the standalone Next build (only the traced server files), run as an
# unprivileged user; Next's own server, no preload. Build: docker build -t russia-iran-dashboard .
# Run: docker run -p 3000:3000 russia-iran-dashboard
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The data files are validated (prebuild) before anything is compiled.
RUN NEXT_OUTPUT=standalone npm run build

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
# The inline-script hashes proxy.ts reads (written by `npm run build`); not traced by Next.
COPY --from=build --chown=node:node /app/.next/csp-manifest.json ./.next/csp-manifest.json
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s \
  CMD node -e "fetch('http://127.0.0.1:3000/api').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "server.js"]
