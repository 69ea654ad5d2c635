import { Agent } from 'node:http';
import type { Role } from '@mendao/platform';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { TestApi } from './support/api';
import { AttackCase, CaseMaker, Fixtures } from './support/attack/cases';
import { plantFixtures } from './support/attack/fixtures';
import { failureOf, Outcome, send } from './support/attack/http';
import { loadDocument, Operation, operations } from './support/attack/openapi';
import { Random } from './support/attack/random';
import { FactoryRows } from './support/attack/snapshot';
import { forgedAuthorizations } from './support/attack/tokens';

/**
 * The standing attack: every operation of the committed openapi.json (so a new route is attacked without
 * anyone listing it) gets hostile requests made from its schemas — wrong types, missing and extra fields,
 * 3,000-deep JSON, exponent numbers, 100 KB strings, huge arrays, unicode, NUL, prototype keys, broken
 * uploads, bad path and query values — from another factory at this factory's real rows, from no user and
 * forged tokens, and from each role of the factory itself. It fails on any 5xx but a problem+json 503 (see
 * `failureOf`), any answer slower than 5 s, and any change to the rows of a factory that did not ask.
 *
 * Seeded: ATTACK_SEED (printed with every failure) gives the same cases again; ATTACK_CASES bounds the
 * requests per operation and phase (default 40).
 */
const SEED = process.env.ATTACK_SEED ?? 'mendao-attack-1';
const CASES = Number(process.env.ATTACK_CASES ?? 40);
const ROLES: Role[] = ['admin', 'planner', 'warehouse', 'packer', 'manager', 'operator'];

/** Requests sent and the slowest answer of a phase, printed so the distance to the hang limit shows. */
interface Tally {
  requests: number;
  slowest: { ms: number; what: string };
}

interface Failure {
  verdict: string;
  op: Operation;
  as: string;
  c: AttackCase;
  status: string;
  answer: string;
}

describe('attack: every operation of openapi.json with hostile input, as every role, another factory and no one', () => {
  let db: TestDatabase;
  let api: TestApi;
  let rows: FactoryRows;
  let a: Awaited<ReturnType<TestApi['factoryWithUsers']>>;
  let b: Awaited<ReturnType<TestApi['factoryWithUsers']>>;
  let fixtures: Fixtures;
  let idsOfA: string[];
  let jwtSecret: string;
  const agent = new Agent({ keepAlive: false });
  const ops = operations(loadDocument());

  beforeAll(async () => {
    db = await createTestDatabase();
    const runtime = testRuntime(db.url);
    jwtSecret = runtime.jwtSecret;
    api = await TestApi.start(runtime);
    a = await api.factoryWithUsers('ATK-A', ROLES);
    b = await api.factoryWithUsers('ATK-B', ROLES);
    ({ fixtures, ids: idsOfA } = await plantFixtures(api, a.tokens));
    // B holds rows of the same codes, so B's requests are valid in B but for the ids of A they carry
    await plantFixtures(api, b.tokens);
    fixtures.fieldValues.factory = () => 'ATK-A';
    rows = await FactoryRows.open(db.url);
  }, 120_000);

  afterAll(async () => {
    agent.destroy();
    await rows?.close();
    await api?.close();
    await db?.drop();
  });

  const tally: Tally = { requests: 0, slowest: { ms: 0, what: '' } };

  /** A rule of one phase on top of `failureOf`: what this answer may not be, from these callers. */
  type Rule = (op: Operation, c: AttackCase, outcome: Outcome) => string | undefined;

  async function attack(
    failures: Failure[],
    op: Operation,
    cases: AttackCase[],
    as: (i: number) => { label: string; header: string | undefined },
    rule?: Rule,
  ): Promise<{ statuses: number[]; accepted: string[] }> {
    const statuses: number[] = [];
    const accepted: string[] = [];
    for (const [i, c] of cases.entries()) {
      const who = as(i);
      const outcome = await send(api.baseUrl, agent, c, who.header);
      if (typeof outcome.status === 'number') statuses.push(outcome.status);
      if (typeof outcome.status === 'number' && outcome.status < 300)
        accepted.push(`${c.method} ${c.path.slice(0, 200)} ${c.body?.toString('utf8').slice(0, 300) ?? ''}`);
      tally.requests++;
      if (outcome.ms > tally.slowest.ms)
        tally.slowest = { ms: outcome.ms, what: `${op.method} ${op.route} (${c.label.slice(0, 60)})` };
      const verdict = failureOf(op, outcome) ?? rule?.(op, c, outcome);
      if (verdict)
        failures.push({
          verdict,
          op,
          as: who.label,
          c,
          status: `${outcome.status} in ${outcome.ms} ms`,
          answer: outcome.body.slice(0, 300),
        });
    }
    return { statuses, accepted };
  }

  /** No forged token is accepted (the web app's index.html for a path no route takes is not an answer). */
  const refused: Rule = (op, _c, outcome) =>
    op.secured &&
    typeof outcome.status === 'number' &&
    outcome.status < 400 &&
    !outcome.contentType.startsWith('text/html')
      ? `accepted with no valid token (${outcome.status})`
      : undefined;

  /**
   * Another factory's row does not exist for the caller. Named in the path: never an answer about it (2xx),
   * and never a 409, which tells it exists; 404 (or any refusal of the request itself) is right. Named in
   * the body (a split run, pick list, order...): never a 409 either — the reference is checked first, 404
   * on its field (a 2xx that stored it shows in the rows, see `rowsMentioning`).
   */
  const notFound: Rule = (_op, c, outcome) => {
    if (typeof outcome.status !== 'number') return undefined;
    const path = c.path.split('?')[0];
    const body = c.body?.toString('utf8') ?? '';
    if (idsOfA.some((id) => path.includes(id))) {
      if (outcome.status < 300) return `answered ${outcome.status} about factory A's row`;
      if (outcome.status === 409) return "answered 409 about factory A's row: it should not exist for B (404)";
    }
    if (outcome.status === 409 && idsOfA.some((id) => body.includes(id)))
      return "answered 409 to a body naming factory A's row: it should not exist for B (404)";
    return undefined;
  };

  /** Throws one message: row changes, then failing requests grouped by route, verdict and kind of attack. */
  function report(phase: string, failures: Failure[], changes: string[] = [], byWho = false): void {
    process.stdout.write(
      `attack ${phase}: ${tally.requests} requests, slowest ${tally.slowest.ms} ms: ${tally.slowest.what}\n`,
    );
    Object.assign(tally, { requests: 0, slowest: { ms: 0, what: '' } });
    if (failures.length === 0 && changes.length === 0) return;
    const groups = new Map<string, Failure[]>();
    for (const f of failures) {
      const key = `${f.op.method} ${f.op.route}: ${f.verdict.replace(/ after \d+ ms/, '')} [${byWho ? f.as : f.c.category}]`;
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    const lines = [...groups.entries()].map(([key, list]) => {
      const f = list[0];
      const body = f.c.body === undefined ? '(none)' : JSON.stringify(f.c.body.toString('utf8').slice(0, 200));
      return [
        `✗ ${key} ×${list.length}`,
        `    e.g. ${f.c.label} — as ${f.as}`,
        ...(list.length > 1
          ? [`    also: ${[...new Set(list.slice(1).map((o) => o.c.label.slice(0, 60)))].slice(0, 5).join('; ')}`]
          : []),
        `    ${f.c.method} ${f.c.path.slice(0, 300)}`,
        `    content-type: ${f.c.headers['content-type'] ?? '(none)'}; body: ${body}`,
        `    → ${f.status}: ${f.answer}`,
      ].join('\n');
    });
    throw new Error(
      `attack (${phase}) ATTACK_SEED=${SEED} ATTACK_CASES=${CASES}: ${failures.length} failing requests, ` +
        `${changes.length} changed rows\n${[...changes.map((c) => `✗ ${c}`), ...lines].join('\n')}`,
    );
  }

  it("as factory B, at factory A's real rows: nothing of A changes, B stores no reference to A, no 5xx, no hang", async () => {
    const failures: Failure[] = [];
    await rows.settle(a.factory.id);
    const before = await rows.snapshot(a.factory.id);
    const references: string[] = [];
    const seen = new Set<string>();
    for (const op of ops) {
      const rng = new Random(SEED, 'cross-factory', op.method, op.route);
      const cases = new CaseMaker(op, fixtures, rng).cases(CASES, 0.5);
      const role = (i: number) => ROLES[i % ROLES.length];
      const { accepted } = await attack(
        failures,
        op,
        cases,
        (i) => ({ label: `factory B's ${role(i)}`, header: `Bearer ${b.tokens[role(i)]}` }),
        notFound,
      );
      // after each operation, so a stored reference names the route and the requests it accepted
      if (op.method !== 'GET') {
        await rows.settle(b.factory.id);
        const stored = (await rows.rowsMentioning(b.factory.id, idsOfA)).filter((row) => !seen.has(row));
        stored.forEach((row) => seen.add(row));
        if (stored.length > 0)
          references.push(
            `factory B stored references to factory A's rows after ${op.method} ${op.route}:\n` +
              stored.map((row) => `      ${row}`).join('\n') +
              `\n    B's requests it answered 2xx:\n${accepted.map((r) => `      ${r}`).join('\n')}`,
          );
      }
    }
    await rows.settle(a.factory.id);
    await rows.settle(b.factory.id);
    const changes = FactoryRows.differences(before, await rows.snapshot(a.factory.id)).map(
      (t) => `factory A's ${t} changed while only factory B sent requests`,
    );
    report('cross-factory', failures, [...changes, ...references]);
  }, 900_000);

  it('with no token and forged ones: nothing of any factory changes, no 5xx, no hang', async () => {
    const failures: Failure[] = [];
    const tokens = forgedAuthorizations(a.tokens.admin, jwtSecret);
    const beforeA = await rows.snapshot(a.factory.id);
    const beforeB = await rows.snapshot(b.factory.id);
    for (const op of ops) {
      const rng = new Random(SEED, 'unauthenticated', op.method, op.route);
      const cases = new CaseMaker(op, fixtures, rng).cases(Math.min(CASES, 2 * tokens.length), 0.5);
      const order = rng.shuffle(tokens);
      await attack(failures, op, cases, (i) => order[i % order.length], refused);
    }
    await rows.settle(a.factory.id);
    await rows.settle(b.factory.id);
    const changes = [
      ...FactoryRows.differences(beforeA, await rows.snapshot(a.factory.id)).map((t) => `factory A's ${t} changed`),
      ...FactoryRows.differences(beforeB, await rows.snapshot(b.factory.id)).map((t) => `factory B's ${t} changed`),
    ].map((t) => `${t} under requests with no valid token`);
    report('unauthenticated', failures, changes, true);
  }, 900_000);

  it("as each role of factory A, on A's own rows: no 5xx, no hang, nothing of factory B changes", async () => {
    const failures: Failure[] = [];
    await rows.settle(b.factory.id);
    const beforeB = await rows.snapshot(b.factory.id);
    for (const op of ops) {
      const rng = new Random(SEED, 'own-factory', op.method, op.route);
      const maker = new CaseMaker(op, fixtures, rng);
      // a role the route refuses answers 403 before the body is looked at; a few cases show it stays so
      const [probe] = maker.cases(1, 1);
      const allowed: Role[] = [];
      const refused: Role[] = [];
      for (const role of ROLES) {
        const { statuses } = await attack(failures, op, [probe], () => ({
          label: `A's ${role}`,
          header: `Bearer ${a.tokens[role]}`,
        }));
        (statuses[0] === 403 ? refused : allowed).push(role);
      }
      const acting = allowed.length > 0 ? allowed : refused;
      const cases = maker.cases(CASES);
      await attack(failures, op, cases, (i) => ({
        label: `A's ${acting[i % acting.length]}`,
        header: `Bearer ${a.tokens[acting[i % acting.length]]}`,
      }));
      const nulls = maker.nullEachField(CASES);
      await attack(failures, op, nulls, () => ({ label: `A's ${acting[0]}`, header: `Bearer ${a.tokens[acting[0]]}` }));
      if (allowed.length > 0)
        for (const role of refused) {
          const few = maker.cases(4);
          await attack(failures, op, few, () => ({
            label: `A's ${role} (refused)`,
            header: `Bearer ${a.tokens[role]}`,
          }));
        }
    }
    await rows.settle(b.factory.id);
    const changes = FactoryRows.differences(beforeB, await rows.snapshot(b.factory.id)).map(
      (t) => `factory B's ${t} changed while only factory A sent requests`,
    );
    report('own factory', failures, changes);
  }, 900_000);
});
