package org.plenum.stewardship.web;

import java.util.List;

/** A chamber bound to the correspondent, with its published values and its latest submissions. */
public record ChamberView(String code, String name, String country, String profileHref, List<FieldRow> fields,
                          List<SubmissionRow> submissions) {
}
