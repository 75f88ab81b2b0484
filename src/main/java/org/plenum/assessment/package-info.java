/**
 * Assessment (issue 13, decision 0050): questionnaires as data ({@link org.plenum.assessment.Edition}: sections,
 * questions, choices, skip logic in XLSForm's expression language), one {@link org.plenum.assessment.Response} per
 * respondent and edition, and scoring {@link org.plenum.assessment.Framework frameworks} that turn answers into an
 * explainable score on a 1–10 scale (the Digital Maturity Index is one framework among others). The services are
 * {@link org.plenum.assessment.Questionnaires}, {@link org.plenum.assessment.Responses} and
 * {@link org.plenum.assessment.Scoring}; XLSForm and response files are read and written in {@code exchange}.
 */
package org.plenum.assessment;
