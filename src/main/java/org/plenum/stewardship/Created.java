package org.plenum.stewardship;

/**
 * A submission made through the API.
 *
 * @param replayed whether it was made by an earlier request with the same {@code Idempotency-Key}: this request made
 *                 nothing new
 */
public record Created(Submission submission, boolean replayed) {
}
