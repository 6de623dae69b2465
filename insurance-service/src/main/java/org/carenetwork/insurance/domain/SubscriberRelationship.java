package org.carenetwork.insurance.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The patient's relationship to the policy holder (X12 INS/2000C-D: self, spouse, child, other). */
@Schema(name = "SubscriberRelationship", description = "The patient's relationship to the policy holder.")
public enum SubscriberRelationship {
    SELF, SPOUSE, CHILD, OTHER
}
