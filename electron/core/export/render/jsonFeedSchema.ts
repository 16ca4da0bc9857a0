/**
 * A JSON Schema (draft-07) for JSON Feed 1.1, written from the specification
 * (https://www.jsonfeed.org/version/1.1/), for checking the bundle's `feeds/<lang>.json`.
 * Members the specification does not name are refused, except extensions (keys that
 * start with `_`), so a misspelt member shows. The deprecated 1.0 `author` is still allowed,
 * as readers accept it. Formats used: `uri` and `date-time` (RFC 3339), see
 * {@link JSON_FEED_FORMATS}.
 */

const uri = { type: 'string', format: 'uri' } as const;
const text = { type: 'string' } as const;
const dateTime = { type: 'string', format: 'date-time' } as const;
const extensions = { '^_': { type: 'object' } } as const;

/** An author: at least one of name, url, avatar. */
const author = {
  type: 'object',
  properties: { name: text, url: uri, avatar: uri },
  patternProperties: extensions,
  additionalProperties: false,
  anyOf: [{ required: ['name'] }, { required: ['url'] }, { required: ['avatar'] }],
} as const;

const attachment = {
  type: 'object',
  required: ['url', 'mime_type'],
  properties: {
    url: uri,
    mime_type: text,
    title: text,
    size_in_bytes: { type: 'number', minimum: 0 },
    duration_in_seconds: { type: 'number', minimum: 0 },
  },
  patternProperties: extensions,
  additionalProperties: false,
} as const;

/** An item: an id, and its content as HTML or text (or both). */
const item = {
  type: 'object',
  required: ['id'],
  properties: {
    id: { type: 'string', minLength: 1 },
    url: uri,
    external_url: uri,
    title: text,
    content_html: text,
    content_text: text,
    summary: text,
    image: uri,
    banner_image: uri,
    date_published: dateTime,
    date_modified: dateTime,
    authors: { type: 'array', items: author },
    author,
    tags: { type: 'array', items: text },
    language: text,
    attachments: { type: 'array', items: attachment },
  },
  patternProperties: extensions,
  additionalProperties: false,
  anyOf: [{ required: ['content_html'] }, { required: ['content_text'] }],
} as const;

export const JSON_FEED_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://jsonfeed.org/version/1.1',
  title: 'JSON Feed 1.1',
  type: 'object',
  required: ['version', 'title', 'items'],
  properties: {
    version: { const: 'https://jsonfeed.org/version/1.1' },
    title: text,
    home_page_url: uri,
    feed_url: uri,
    description: text,
    user_comment: text,
    next_url: uri,
    icon: uri,
    favicon: uri,
    authors: { type: 'array', items: author },
    author,
    language: text,
    expired: { type: 'boolean' },
    hubs: {
      type: 'array',
      items: { type: 'object', required: ['type', 'url'], properties: { type: text, url: uri }, additionalProperties: false },
    },
    items: { type: 'array', items: item },
  },
  patternProperties: extensions,
  additionalProperties: false,
} as const;

/** RFC 3339 date-time, as JSON Feed asks (`2010-02-07T14:04:00-05:00`). */
const RFC3339 = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** The schema's formats, to register with the validator (`ajv.addFormat(name, check)`). */
export const JSON_FEED_FORMATS: Readonly<Record<'uri' | 'date-time', (value: string) => boolean>> = {
  uri: (value) => URL.canParse(value),
  'date-time': (value) => RFC3339.test(value),
};
