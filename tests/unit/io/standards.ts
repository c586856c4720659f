import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';

/**
 * The published JSON Schemas of 360Giving 1.4.3 and Open Referral UK 3.0, vendored in
 * tests/fixtures/standards with their licences, compiled by Ajv (JSON Schema 2020-12) with formats
 * (date-time, uri, email, uuid) checked. Nothing is fetched: a schema's references to its published
 * address are answered by the local copy.
 */
const STANDARDS = 'tests/fixtures/standards';
/**
 * A schema file as published. 360Giving names its draft as http://json-schema.org/draft/2020-12/schema,
 * Ajv knows the same draft by its https address; the compiled Open Referral schemas name none (so are
 * read as 2020-12, which their keywords are written for).
 */
const json = (path: string): Record<string, unknown> => {
  const schema = JSON.parse(readFileSync(`${STANDARDS}/${path}`, 'utf8')) as Record<string, unknown>;
  if (schema.$schema === 'http://json-schema.org/draft/2020-12/schema') schema.$schema = 'https://json-schema.org/draft/2020-12/schema';
  return schema;
};

// The standards carry keywords of their own (codelist, rollUp, constraints, core…): not validation
// rules, so Ajv is told not to refuse them.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

const grantSchema = json('360giving-1.4.3/schema/360-giving-schema.json');
ajv.addSchema(grantSchema);
// The 1.4.3 package schema still points at the 1.4.2 grant schema's address; the local 1.4.3 file answers it.
ajv.addSchema({ ...grantSchema, $id: 'https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json' });

export const validateGrantPackage: ValidateFunction = ajv.compile(json('360giving-1.4.3/schema/360-giving-package-schema.json'));
export const threeSixtyGivingSchema = grantSchema;
export const validateOpenReferralService: ValidateFunction = ajv.compile(json('openreferral-uk-3.0/schema/compiled/service.json'));
export const validateOpenReferralOrganization: ValidateFunction = ajv.compile(json('openreferral-uk-3.0/schema/compiled/organization.json'));

interface TableField {
  name: string;
  format?: string;
  constraints?: { required?: boolean; enum?: string[] };
}
/** The Open Referral UK datapackage: each CSV table's file name and fields. */
export const openReferralDatapackage = json('openreferral-uk-3.0/datapackage.json') as unknown as { resources: { name: string; path: string; schema: { fields: TableField[] } }[] };

export const errorsOf = (validate: ValidateFunction): string[] => (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''}`);
