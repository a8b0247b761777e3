package io.rug.survey.bench;

/** A submission the server acknowledged: its idempotency key and the marker in its answers. */
record Ack(String idempotencyKey, String marker) {}
