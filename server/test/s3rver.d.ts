// s3rver ships no types; the test uses its constructor, run() and close().
declare module 's3rver';
