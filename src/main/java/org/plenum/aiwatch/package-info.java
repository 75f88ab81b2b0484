/**
 * AI in parliaments (issue 14, decision 0062): the tracker of parliamentary actions on AI policy
 * ({@link org.plenum.aiwatch.PolicyActions}), the library of AI use cases in parliaments
 * ({@link org.plenum.aiwatch.UseCases}) with its full-text search, and the AI readiness self-assessment's profile
 * pages (the questionnaire and its framework run on the {@code assessment} engine). Correspondents propose actions
 * and use cases through stewardship's {@link org.plenum.stewardship.Proposals}; editors review them.
 */
package org.plenum.aiwatch;
