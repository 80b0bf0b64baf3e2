/**
 * /data/method.schema.json: the JSON Schema (draft 2020-12) of method.json. method.test.ts validates the
 * built method.json against it, so the schema and the file cannot part.
 */
const text = { type: 'string' };
const num = { type: 'number' };
const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });
const object = (properties: Record<string, object>, required = Object.keys(properties)) => ({
  type: 'object',
  properties,
  required,
});
const texts = { type: 'object', additionalProperties: { anyOf: [text, num] } };

export const METHOD_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'method.schema.json',
  title: 'method.json: the scoreboard’s method as data',
  ...object({
    rulesVersion: text,
    dataCommit: text,
    title: text,
    about: text,
    indicators: {
      type: 'array',
      items: object({ id: text, name: text, unit: text, decimals: { type: 'integer', minimum: 0 } }),
    },
    rules: {
      type: 'object',
      additionalProperties: texts,
      required: [
        'completion',
        'pace',
        'paceGap',
        'monthIncrease',
        'yoy',
        'remaining',
        'monthlyNeeded',
        'rounding',
        'carry',
        'cityTotal',
        'groupTotal',
        'ranking',
        'bands',
        'verdicts',
        'warnings',
      ],
    },
    years: {
      type: 'array',
      items: object({
        year: { type: 'integer' },
        indicators: { type: 'array', items: text },
        cityTargets: { type: 'object', additionalProperties: num },
        ranking: object(
          {
            method: { enum: ['indicator', 'composite'] },
            indicator: text,
            weights: { type: 'object', additionalProperties: num },
            completionCap: num,
            tieDecimals: { type: 'integer', minimum: 0 },
            tieRule: text,
          },
          ['method', 'tieDecimals', 'tieRule'],
        ),
        bands: {
          type: 'array',
          items: object({
            id: text,
            label: text,
            symbol: text,
            minGap: nullable(num),
            tone: { enum: ['good', 'neutral', 'bad'] },
          }),
        },
        assessments: nullable(
          object(
            {
              source: text,
              checks: {
                type: 'array',
                items: object(
                  {
                    id: text,
                    name: text,
                    month: { type: 'integer', minimum: 1, maximum: 12 },
                    threshold: { anyOf: [{ const: 'pace' }, num] },
                    requiredShare: num,
                    passLabel: text,
                    failLabel: text,
                    honour: { type: 'integer' },
                    warn: { type: 'integer' },
                    stretch: { type: 'boolean' },
                  },
                  ['id', 'name', 'month', 'threshold', 'requiredShare', 'passLabel', 'failLabel'],
                ),
              },
              newUnits: object({ exemptThrough: { type: 'integer' }, reason: text }),
              exemptions: {
                type: 'array',
                items: object({ unit: text, indicator: text, checks: { type: 'array', items: text }, reason: text }, [
                  'unit',
                  'reason',
                ]),
              },
              warning: object({ behindMonths: { type: 'integer' } }),
            },
            ['source', 'checks', 'warning'],
          ),
        ),
        releaseDay: nullable({ type: 'integer' }),
        units: { type: 'integer' },
      }),
    },
  }),
};
