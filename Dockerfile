# Builds the api (with the web app it serves), worker and CLI into one image; docker-compose.yml picks the
# command per service. Every command runs the built files (node dist/...): nothing compiles at start.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# the lockfile and `allowScripts` are npm 11's (the image ships npm 10, with which Vite 8 does not install)
RUN npm install -g npm@11 --no-audit --no-fund
COPY package.json package-lock.json ./
# an npm workspace: npm ci needs every workspace's package.json
COPY apps/web/package.json ./apps/web/
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY scripts ./scripts
COPY apps ./apps
COPY libs ./libs
COPY migrations ./migrations
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# served at / (WEB_DIR defaults to ./apps/web/dist)
COPY --from=build /app/apps/web/dist ./apps/web/dist
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
