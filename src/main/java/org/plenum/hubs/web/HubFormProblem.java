package org.plenum.hubs.web;

/** A problem with a hub form: which form (its action), which field, and what (in English, from the check). */
public record HubFormProblem(String form, String field, String detail) {
}
