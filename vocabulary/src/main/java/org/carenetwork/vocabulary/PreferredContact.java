package org.carenetwork.vocabulary;

/** How a person wants to be reached. */
public enum PreferredContact {
    PHONE, TEXT, EMAIL
}
