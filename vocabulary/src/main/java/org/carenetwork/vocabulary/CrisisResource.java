package org.carenetwork.vocabulary;

/** A line to call in a crisis: who answers, how to reach them, and when to. */
public record CrisisResource(String name, String contact, String when) {
}
