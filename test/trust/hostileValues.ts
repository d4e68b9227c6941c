/**
 * Named hostile values for the stress script and the every-function suite:
 * values zod cannot describe (a class with a throwing static `name`, Proxies
 * whose every trap throws, a revoked Proxy), huge and sparse arrays (up to
 * length 2³²−1), a 10 MB string, deep nesting and wrong primitive types. Each
 * is built fresh by its factory.
 */

/** A Proxy whose every trap throws. */
export function trapEverything(target: object = {}): object {
  const boom = (): never => {
    throw new Error('trap');
  };
  return new Proxy(target, {
    get: boom,
    set: boom,
    has: boom,
    deleteProperty: boom,
    ownKeys: boom,
    getOwnPropertyDescriptor: boom,
    defineProperty: boom,
    getPrototypeOf: boom,
    setPrototypeOf: boom,
    isExtensible: boom,
    preventExtensions: boom,
    apply: boom,
    construct: boom,
  });
}

/** A class whose static `name` (and `length`) throw when read. */
export function throwingClass(): unknown {
  class Hostile {
    readonly hostile = true;
  }
  Object.defineProperty(Hostile, 'name', {
    get() {
      throw new Error('name');
    },
  });
  return new Hostile();
}

/** The class itself, with a throwing static `name`. */
export function throwingClassObject(): unknown {
  class Hostile {
    readonly hostile = true;
  }
  Object.defineProperty(Hostile, 'name', {
    get() {
      throw new Error('name');
    },
  });
  return Hostile;
}

function revoked(): unknown {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

function deepObject(depth: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i += 1) value = { a: value, children: [value] };
  return value;
}

/** The length a JavaScript array can have at most. */
export const MAX_ARRAY_LENGTH = 2 ** 32 - 1;

/** Named factories of hostile values; the heavy ones are marked. */
export const HOSTILE_VALUES: readonly (readonly [string, () => unknown])[] = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['NaN', () => Number.NaN],
  ['Infinity', () => Number.POSITIVE_INFINITY],
  ['1e9', () => 1e9],
  ['-0.5', () => -0.5],
  ['string xyz', () => 'xyz'],
  ['empty string', () => ''],
  ['symbol', () => Symbol('hostile')],
  ['bigint', () => 10n],
  ['true', () => true],
  ['function', () => () => 'hostile'],
  ['empty object', () => ({})],
  ['empty array', () => []],
  ['10 MB string', () => 'x'.repeat(10 * 1024 * 1024)],
  ['sparse array of length 2^32-1', () => new Array<unknown>(MAX_ARRAY_LENGTH)],
  ['sparse array of length 4e7', () => new Array<unknown>(40_000_000)],
  [
    'sparse array of length 2^32-1 holding an object',
    () => {
      const a: unknown[] = new Array<unknown>(MAX_ARRAY_LENGTH);
      a[0] = {};
      return a;
    },
  ],
  ['200,000 empty objects', () => Array.from({ length: 200_000 }, () => ({}))],
  [
    'object with 200,000 keys',
    () => Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, i])),
  ],
  ['nesting 5,000 deep', () => deepObject(5_000)],
  ['Proxy with every trap throwing', () => trapEverything()],
  ['array Proxy with every trap throwing', () => trapEverything([])],
  ['revoked Proxy', revoked],
  ['instance of a class with a throwing static name', throwingClass],
  ['class with a throwing static name', throwingClassObject],
  [
    'object with a throwing getter',
    () =>
      Object.defineProperty({}, 'id', {
        enumerable: true,
        get: () => {
          throw new Error('getter');
        },
      }),
  ],
  ['Date', () => new Date(0)],
  ['Map', () => new Map([['id', 'x']])],
  ['frozen object', () => Object.freeze({ id: 'x' })],
  ['null-prototype object', () => Object.create(null) as unknown],
];
