package org.carenetwork.insurance.coverage;

public enum SeekingCareFor {
    SELF, LOVED_ONE
}
