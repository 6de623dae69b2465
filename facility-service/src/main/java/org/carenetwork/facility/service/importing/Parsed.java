package org.carenetwork.facility.service.importing;

/** What a reader makes of one row: a listing to upsert, or the reason it cannot be one. */
sealed interface Parsed {

    long line();

    record Row(DirectoryRow row) implements Parsed {
        @Override
        public long line() {
            return row.line();
        }
    }

    record Rejected(long line, String reason) implements Parsed {
    }
}
