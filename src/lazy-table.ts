/**
 * A table whose entries are made when first read, each once: a start that needs one entry does
 * not pay for building the others (every kind's zod schema, `schema/kinds.ts`). Its keys are all
 * there from the start, so `Object.keys`, `Object.entries`, `in` and `Object.hasOwn` see the
 * whole table; reading an entry's value (also through `Object.values`/`entries`) makes it.
 */
export type MadeTable<T extends Record<string, () => unknown>> = {
  readonly [K in keyof T]: ReturnType<T[K]>;
};

export function tableMadeOnUse<T extends Record<string, () => unknown>>(makers: T): MadeTable<T> {
  const table = {} as MadeTable<T>;
  for (const [key, make] of Object.entries(makers))
    Object.defineProperty(table, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = make();
        Object.defineProperty(table, key, { value, enumerable: true, writable: false, configurable: false });
        return value;
      },
    });
  return table;
}
