package io.metabuilder.query.records;

/** One key of the list order. Ascending keys put nulls last, descending ones first (PostgreSQL's default). */
record SortKey(Attribute attribute, boolean descending) {

    String canonical() {
        return (descending ? "-" : "") + attribute.name();
    }
}
