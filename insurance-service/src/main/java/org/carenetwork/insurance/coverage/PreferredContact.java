package org.carenetwork.insurance.coverage;

public enum PreferredContact {
    PHONE, TEXT, EMAIL
}
