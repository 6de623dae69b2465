package org.carenetwork.insurance.domain;

/** The patient's relationship to the policy holder (X12 INS/2000C-D: self, spouse, child, other). */
public enum SubscriberRelationship {
    SELF, SPOUSE, CHILD, OTHER
}
