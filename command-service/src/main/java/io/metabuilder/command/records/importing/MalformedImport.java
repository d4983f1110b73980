package io.metabuilder.command.records.importing;

/** The body is not the CSV or JSON it claims to be: a 400 that says where, before anything is written. */
class MalformedImport extends RuntimeException {

    MalformedImport(String detail) {
        super(detail, null, false, false);
    }
}
