package org.carenetwork.common.web;

import java.util.List;

/** The list envelope of the API: {@code items}, {@code page} (from 0), {@code size}, {@code total}. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
