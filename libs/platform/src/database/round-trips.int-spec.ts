import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../testing';
import { dataSourceOptions } from './data-source-options';
import { inRoundTrips } from './round-trips';

describe('a transaction of few round trips (inRoundTrips)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions({ url: db.url, poolSize: 2 })).initialize();
    await dataSource.query(`CREATE TABLE trip_row (id int PRIMARY KEY, n int NOT NULL, note text)`);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  beforeEach(async () => {
    await dataSource.query(`TRUNCATE trip_row`);
    await dataSource.query(`INSERT INTO trip_row (id, n) VALUES (1, 0), (2, 0)`);
  });

  const n = async (id: number) =>
    (await dataSource.query<{ n: number }[]>(`SELECT n FROM trip_row WHERE id = $1`, [id]))[0].n;

  it('opens the transaction with its first statements and commits with its last: two round trips in all', async () => {
    const sent = jest.spyOn(Client.prototype, 'query');
    try {
      const rows = await inRoundTrips(dataSource, async (trips) => {
        const [updated, read] = await trips.send([
          { text: `UPDATE trip_row SET n = n + $1 WHERE id = $2 RETURNING n`, values: [5, 1] },
          { text: `SELECT id, n FROM trip_row WHERE id = ANY($1::int[]) ORDER BY id`, values: [[1, 2]] },
        ]);
        const [last] = await trips.commit([
          { text: `UPDATE trip_row SET n = $1 WHERE id = 2 RETURNING n`, values: [7] },
        ]);
        return { updated, read, last };
      });
      expect(rows).toEqual({
        updated: [{ n: 5 }],
        read: [
          { id: 1, n: 5 },
          { id: 2, n: 0 },
        ],
        last: [{ n: 7 }],
      });
      expect(sent).toHaveBeenCalledTimes(2);
    } finally {
      sent.mockRestore();
    }
    expect([await n(1), await n(2)]).toEqual([5, 7]);
  });

  it('gives each statement of a trip its own snapshot: after a lock it waited for, it sees what the holder committed', async () => {
    const holder = dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query(`UPDATE trip_row SET n = 40 WHERE id = 1`);
    await holder.query(`UPDATE trip_row SET n = 41 WHERE id = 2`);
    const waiting = inRoundTrips(dataSource, async (trips) => {
      const [, read] = await trips.send([
        { text: `SELECT 1 FROM trip_row WHERE id = $1 FOR UPDATE`, values: [1] },
        // row 2 was never locked by this transaction: only a fresh snapshot sees the holder's write to it
        { text: `SELECT n FROM trip_row WHERE id = $1`, values: [2] },
      ]);
      await trips.commit([]);
      return read;
    });
    await new Promise((r) => setTimeout(r, 100));
    await holder.commitTransaction();
    await holder.release();
    expect(await waiting).toEqual([{ n: 41 }]);
  });

  it('rolls back every trip when a statement fails, the error thrown, the connection left out of any transaction', async () => {
    const failing = inRoundTrips(dataSource, async (trips) => {
      await trips.send([{ text: `UPDATE trip_row SET n = 9 WHERE id = $1`, values: [1] }]);
      await trips.manager.query(`UPDATE trip_row SET n = 9 WHERE id = 2`);
      await trips.commit([{ text: `INSERT INTO trip_row (id, n) VALUES ($1, 0)`, values: [1] }]);
    });
    await expect(failing).rejects.toThrow(/duplicate key/);
    expect([await n(1), await n(2)]).toEqual([0, 0]);
    // both pool connections answer outside a transaction (one left in an aborted one would refuse this)
    const states = await Promise.all([1, 2].map(() => dataSource.query(`SELECT now() = statement_timestamp() AS own`)));
    expect(states).toEqual([[{ own: true }], [{ own: true }]]);
  });

  it('runs work through its manager inside the transaction, and commits one that work left open', async () => {
    await inRoundTrips(dataSource, async (trips) => {
      expect(() => trips.manager).toThrow(/not open/);
      await trips.send([{ text: `UPDATE trip_row SET n = 1 WHERE id = $1`, values: [1] }]);
      // a TypeORM transaction inside nests in this one (a savepoint), it does not commit it
      await trips.manager.transaction((inner) => inner.query(`UPDATE trip_row SET n = 2 WHERE id = 2`));
      const [[own]] = await trips.send([{ text: `SELECT n FROM trip_row WHERE id = $1`, values: [2] }]);
      expect(own).toEqual({ n: 2 });
    });
    expect([await n(1), await n(2)]).toEqual([1, 2]);
  });

  it('opens the transaction on its own for work that starts through its manager, the record going with the commit', async () => {
    const sent = jest.spyOn(Client.prototype, 'query');
    try {
      await inRoundTrips(dataSource, async (trips) => {
        await trips.open();
        await trips.manager.query(`UPDATE trip_row SET n = 3 WHERE id = 1`);
        await trips.commit([{ text: `UPDATE trip_row SET n = $1 WHERE id = 2`, values: [4] }]);
      });
      // BEGIN, the manager's statement, the last statement with the COMMIT
      expect(sent).toHaveBeenCalledTimes(3);
    } finally {
      sent.mockRestore();
    }
    expect([await n(1), await n(2)]).toEqual([3, 4]);
  });

  it('sends nothing for a transaction that had nothing to send', async () => {
    const sent = jest.spyOn(Client.prototype, 'query');
    try {
      expect(await inRoundTrips(dataSource, (trips) => trips.commit([]))).toEqual([]);
      expect(sent).not.toHaveBeenCalled();
    } finally {
      sent.mockRestore();
    }
  });

  it('writes values in as literals that hold whatever a string holds, quotes, backslashes and $1 included', async () => {
    const note = `it's a \\ back'slash; DROP TABLE trip_row; -- $1 $2 '' 门道`;
    const [[row]] = await inRoundTrips(dataSource, (trips) =>
      trips.commit([
        {
          // n-$2 with a negative value: written `n-(-3)`, not `n--3` (a comment to the end of the line)
          text: `UPDATE trip_row SET note = $1, n = n-$2 WHERE id = $3 AND $4::jsonb ->> 'k' = $5 AND $6::text IS NULL
                 RETURNING note, n`,
          values: [note, -3, 1, { k: `x'y` }, `x'y`, null],
        },
      ]),
    );
    expect(row).toEqual({ note, n: 3 });
    expect(await n(2)).toBe(0);
  });

  it('refuses a statement that names a value it was not given, before anything is sent', async () => {
    await expect(
      inRoundTrips(dataSource, (trips) => trips.commit([{ text: `SELECT $2::int`, values: [1] }])),
    ).rejects.toThrow(/uses \$2 but has 1 values/);
    expect(await n(1)).toBe(0);
  });

  describe('statements prepared per connection', () => {
    // one connection, so every transaction below runs on the same one
    let single: DataSource;
    let scripts: string[];
    let sent: jest.SpyInstance;

    beforeAll(async () => {
      single = await new DataSource(dataSourceOptions({ url: db.url, poolSize: 1 })).initialize();
    });

    afterAll(() => single?.destroy());

    beforeEach(() => {
      scripts = [];
      const query = Client.prototype.query;
      sent = jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...args: unknown[]) {
        if (typeof args[0] === 'string') scripts.push(args[0]);
        return (query as (...a: unknown[]) => unknown).apply(this, args);
      });
    });

    afterEach(() => sent.mockRestore());

    const bump = (id: number) => ({
      text: `UPDATE trip_row SET n = n + $1 WHERE id = $2 RETURNING n`,
      values: [1, id],
    });
    const prepares = (script: string) => (script.match(/PREPARE rt_/g) ?? []).length;

    it('prepares a statement in the trip that first sends it, then only executes it', async () => {
      for (const id of [1, 2, 1]) await inRoundTrips(single, (trips) => trips.commit([bump(id)]));
      expect(scripts.map(prepares)).toEqual([1, 0, 0]);
      // BEGIN, generic plans for the trip, the statement executed, COMMIT
      expect(scripts[1]).toMatch(/^BEGIN;\nSELECT set_config[^;]*;\nEXECUTE rt_[0-9a-f]+\(1, 2\);\nCOMMIT$/);
      expect([await n(1), await n(2)]).toEqual([2, 1]);
      const [[listed]] = await inRoundTrips(single, (trips) =>
        trips.commit([
          { text: `SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name LIKE $1`, values: ['rt%'] },
        ]),
      );
      expect(listed).toEqual({ n: 2 });
    });

    it('plans a statement again after 8, 16, 32… runs, so no plan outlives its tables by much', async () => {
      const text = `UPDATE trip_row SET n = n + $1 WHERE id = $2 AND $3::int >= 0 RETURNING n`;
      for (let run = 1; run <= 33; run += 1)
        await inRoundTrips(single, (trips) => trips.commit([{ text, values: [1, 1, run] }]));
      const planned = scripts.flatMap((script, k) => (prepares(script) > 0 ? [k + 1] : []));
      expect(planned).toEqual([1, 9, 17, 33]);
      expect(scripts[8]).toMatch(/DEALLOCATE rt_[0-9a-f]+;\nPREPARE rt_/);
      expect(await n(1)).toBe(33);
    });

    it('prepares a statement again when a trip failed before its PREPARE ran', async () => {
      const fresh = { text: `SELECT n FROM trip_row WHERE id = $1 AND $2::text <> ''`, values: [2, 'x'] };
      await expect(
        inRoundTrips(single, (trips) =>
          trips.commit([{ text: `INSERT INTO trip_row (id, n) VALUES ($1, 0)`, values: [1] }, fresh]),
        ),
      ).rejects.toThrow(/duplicate key/);
      // the failed trip's PREPARE of `fresh` never ran: executing it now without one would fail
      const [[row]] = await inRoundTrips(single, (trips) => trips.commit([fresh]));
      expect(row).toEqual({ n: 0 });
      expect(prepares(scripts[scripts.length - 1])).toBe(1);
    });

    it('plans them generic at once, and gives other work in the transaction its own mode back', async () => {
      const mode = { text: `SELECT current_setting('plan_cache_mode') AS mode`, values: [] };
      await single.query(`SET plan_cache_mode = force_custom_plan`);
      try {
        const modes = await inRoundTrips(single, async (trips) => {
          const [[inTrip]] = await trips.send([mode]);
          const [between] = await trips.manager.query<{ mode: string }[]>(
            `SELECT current_setting('plan_cache_mode') AS mode`,
          );
          await trips.commit([]);
          return [inTrip, between];
        });
        expect(modes).toEqual([{ mode: 'force_generic_plan' }, { mode: 'force_custom_plan' }]);
      } finally {
        await single.query(`RESET plan_cache_mode`);
      }
    });

    it('refuses a value it cannot write before anything is sent, and prepares what it did not send next time', async () => {
      const fresh = { text: `SELECT n FROM trip_row WHERE id = $1 AND $2::int > 0`, values: [1, 1] };
      await expect(
        inRoundTrips(single, (trips) => trips.commit([fresh, { text: `SELECT $1::int AS n`, values: [NaN] }])),
      ).rejects.toThrow(/NaN cannot be written/);
      expect(scripts).toEqual([]);
      const [[row]] = await inRoundTrips(single, (trips) => trips.commit([fresh]));
      expect(row).toEqual({ n: 0 });
    });

    it('prepares a statement anew once a migration changed the type of a column it returns', async () => {
      await single.query(`CREATE TABLE trip_kind (id int PRIMARY KEY, kind smallint NOT NULL)`);
      try {
        await single.query(`INSERT INTO trip_kind VALUES (1, 7)`);
        const read = { text: `SELECT kind FROM trip_kind WHERE id = $1`, values: [1] };
        await inRoundTrips(single, (trips) => trips.commit([read]));
        await single.query(`ALTER TABLE trip_kind ALTER COLUMN kind TYPE int`);
        // the plan prepared before cannot answer the new type: this trip fails, and the next one prepares it again
        await expect(inRoundTrips(single, (trips) => trips.commit([read]))).rejects.toThrow(/result type/);
        const [[row]] = await inRoundTrips(single, (trips) => trips.commit([read]));
        expect(row).toEqual({ kind: 7 });
      } finally {
        await single.query(`DROP TABLE trip_kind`);
      }
    });

    it('writes arrays as array literals that hold whatever an element holds', async () => {
      const texts = ['a"b', 'c,d', "e'f", 'g\\h', null, '{x}', ' ', 'NULL', '门道'];
      const id = '7f1d8c8a-0000-4000-8000-000000000001';
      const [[row]] = await inRoundTrips(single, (trips) =>
        trips.commit([
          {
            text: `SELECT $1::text[] AS texts, $2::uuid[] AS ids, $3::int[] AS ns, $4::text[] AS none`,
            values: [texts, [id], [1, -2], []],
          },
        ]),
      );
      expect(row).toEqual({ texts, ids: [id], ns: [1, -2], none: [] });
    });
  });
});
