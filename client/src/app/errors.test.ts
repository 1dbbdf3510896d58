import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { describeError, describeUploadError, errorCodeOf, fieldLabel, isNotFound, messagesForField } from './errors';
import { translate, type Translate } from './i18n';
import { OperationErrors, OperationFailed } from './operation';

const en: Translate = (key, params) => translate('en', key, params);
const nl: Translate = (key, params) => translate('nl', key, params);

const graphQLError = (extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ data: null, errors: [{ message: 'server text', extensions }] });

describe('describeError', () => {
  it('translates the extensions.code', () => {
    const error = graphQLError({ code: 'NOT_FOUND' });
    expect(describeError(error, nl)).toEqual({ code: 'NOT_FOUND', message: nl('error.NOT_FOUND'), fieldErrors: [] });
    expect(isNotFound(error)).toBe(true);
    expect(describeError(graphQLError({ code: 'INVALID_CREDENTIALS' }), en).message).toBe('The email address or password is not correct.');
  });

  it('gives per-field messages for BAD_USER_INPUT (ready messages)', () => {
    const error = graphQLError({
      code: 'BAD_USER_INPUT',
      validationErrors: [{ field: 'email', messages: ['email must be an email'] }],
    });
    const described = describeError(error, en);
    expect(described.code).toBe('BAD_USER_INPUT');
    expect(described.message).toBe(en('error.BAD_USER_INPUT'));
    expect(described.fieldErrors).toEqual([{ field: 'email', label: 'Email address', messages: ['email must be an email'] }]);
    expect(messagesForField(described, 'email')).toEqual(['email must be an email']);
    expect(messagesForField(described, 'name')).toBeUndefined();
  });

  it('translates constraint names and nested member fields', () => {
    const error = graphQLError({
      code: 'BAD_USER_INPUT',
      validationErrors: [
        { field: 'members.1.birthYear', constraints: ['max', 'isInt'] },
        { field: 'mystery', constraints: ['somethingNew'] },
      ],
    });
    expect(describeError(error, nl).fieldErrors).toEqual([
      { field: 'members.1.birthYear', label: 'Gezinslid 2: Geboortejaar', messages: ['is te groot', 'moet een geheel getal zijn'] },
      { field: 'mystery', label: 'mystery', messages: ['is niet geldig'] },
    ]);
  });

  it('falls back to a generic message for unknown codes and errors', () => {
    expect(describeError(graphQLError({ code: 'SOMETHING_ELSE' }), en)).toEqual({
      code: null,
      message: en('error.generic'),
      fieldErrors: [],
    });
    expect(describeError(new Error('boom'), en).message).toBe(en('error.generic'));
    expect(describeError(graphQLError({}), en).message).toBe(en('error.generic'));
  });

  it('recognises network failures', () => {
    expect(describeError(new TypeError('Failed to fetch'), en).message).toBe(en('error.network'));
    const gateway = new ServerError('Bad gateway', { response: new Response('', { status: 502 }), bodyText: '<html>' });
    expect(describeError(gateway, en).message).toBe(en('error.network'));
  });

  it('reads coded errors from a non-2xx response body', () => {
    const bodyText = JSON.stringify({ errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] });
    const error = new ServerError('Response not successful', { response: new Response(bodyText, { status: 401 }), bodyText });
    expect(errorCodeOf(error)).toBe('UNAUTHENTICATED');
    expect(describeError(error, en).message).toBe(en('error.UNAUTHENTICATED'));
  });

  it('reads the errors of an operation sent without Apollo Client (app/operation.ts) the same way', () => {
    const refused = new OperationErrors([{ message: 'x', extensions: { code: 'INVALID_CREDENTIALS' } }]);
    expect(errorCodeOf(refused)).toBe('INVALID_CREDENTIALS');
    expect(describeError(refused, nl).message).toBe(nl('error.INVALID_CREDENTIALS'));
    expect(describeError(new OperationFailed(502, '<html>'), en).message).toBe(en('error.network'));
  });
});

describe('describeUploadError', () => {
  it('translates the JSON error code of a refused upload like a GraphQL one', () => {
    const refused = describeUploadError({ status: 415, body: { error: { code: 'FILE_TYPE_NOT_ALLOWED', message: 'no', detected: null } } }, nl);
    expect(refused).toEqual({ code: 'FILE_TYPE_NOT_ALLOWED', message: nl('error.FILE_TYPE_NOT_ALLOWED'), fieldErrors: [], limitBytes: null });
    const large = describeUploadError({ status: 413, body: { error: { code: 'FILE_TOO_LARGE', message: 'no', limitBytes: 1024 } } }, en);
    expect(large.message).toBe('This file is too large.');
    expect(large.limitBytes).toBe(1024);
    expect(describeUploadError({ status: 404, body: { error: { code: 'NOT_FOUND', message: 'Not found' } } }, en).message).toBe(en('error.NOT_FOUND'));
  });

  it('gives the field problems of BAD_USER_INPUT', () => {
    const body = { error: { code: 'BAD_USER_INPUT', message: 'Choose a category', validationErrors: [{ field: 'category', constraints: ['isEnum'] }] } };
    expect(describeUploadError({ status: 400, body }, en).fieldErrors).toEqual([{ field: 'category', label: 'Category', messages: [en('validation.isEnum')] }]);
  });

  it('says "upload failed" without a coded answer, and "cannot be reached" without an answer', () => {
    expect(describeUploadError({ status: 502, body: null }, en).message).toBe(en('error.UPLOAD_FAILED'));
    expect(describeUploadError({ status: 500, body: { error: { code: 'UPLOAD_FAILED', message: 'x' } } }, nl).message).toBe(nl('error.UPLOAD_FAILED'));
    expect(describeUploadError({ status: 0, body: null }, en).message).toBe(en('error.network'));
  });
});

describe('fieldLabel', () => {
  it('names input fields in the active language', () => {
    expect(fieldLabel('input.plannedArrivalDate', en)).toBe('Planned arrival');
    expect(fieldLabel('members.0.firstName', en)).toBe('Family member 1: First name');
  });
});
