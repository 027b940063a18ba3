import { describe, expect, it } from 'vitest';
import { feedbackTopicIds } from '../../src/api/feedback';
import { buildOpenApiDocument } from '../../src/api/openapi';

interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  required?: string[];
  enum?: string[];
}

describe('the OpenAPI document of GET /feedback/summary', () => {
  const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, { schema: Schema }> }> }>> };
  const schema = doc.paths['/feedback/summary']!.get!.responses['200']!.content['application/json']!.schema;

  it('requires the rows by topic, with the topic ids of the shared list, and the rows by month', () => {
    expect(schema.required).toEqual(expect.arrayContaining(['totals', 'rows', 'byTopic', 'byMonth']));
    const topic = schema.properties!.byTopic!.items!;
    expect(topic.properties!.topicId!.enum).toEqual(feedbackTopicIds);
    expect(topic.required).toEqual(expect.arrayContaining(['topicId', 'received', 'dueInPeriod', 'handledOnTime', 'handledLate', 'pending', 'rated', 'satisfied']));
    const month = schema.properties!.byMonth!.items!;
    expect(month.required).toEqual(expect.arrayContaining(['month', 'received', 'pending', 'satisfied']));
  });
});
