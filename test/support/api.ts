import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FactoriesService, Role, Runtime } from '@mendao/platform';
import { createApiApp } from '../../apps/api/src/create-api-app';

/** A real api on a real port, spoken to with fetch, like any client. */
export class TestApi {
  private constructor(
    readonly app: NestFastifyApplication,
    readonly baseUrl: string,
  ) {}

  static async start(runtime: Runtime): Promise<TestApi> {
    const app = await createApiApp(runtime);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.getHttpServer().address() as { port: number };
    return new TestApi(app, `http://127.0.0.1:${address.port}`);
  }

  async close(): Promise<void> {
    await this.app.close();
  }

  async request(
    method: string,
    path: string,
    options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; body: any; headers: Headers }> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers['content-type'] ??= 'application/json';
    const response = await fetch(this.baseUrl + path, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed, headers: response.headers };
  }

  async login(factory: string, username: string, password: string): Promise<string> {
    const res = await this.request('POST', '/api/v1/auth/login', { body: { factory, username, password } });
    if (res.status !== 200)
      throw new Error(`login ${factory}/${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return (res.body as { accessToken: string }).accessToken;
  }

  /** Creates a factory with one user per given role (username = role) and returns their tokens. */
  async factoryWithUsers(
    code: string,
    roles: Role[] = ['admin', 'planner', 'warehouse', 'packer', 'manager', 'operator'],
  ) {
    const factories = this.app.get(FactoriesService);
    const { factory, adminPassword } = await factories.create({ code, name: `Factory ${code}` });
    const tokens: Partial<Record<Role, string>> = { admin: await this.login(code, 'admin', adminPassword) };
    for (const role of roles.filter((r) => r !== 'admin')) {
      await factories.createUser(factory.id, { username: role, password: 'password-123', roles: [role] });
      tokens[role] = await this.login(code, role, 'password-123');
    }
    return { factory, tokens: tokens as Record<Role, string>, adminPassword };
  }
}
