package org.carenetwork.facility.domain;

/** Why a caller reports a listing as wrong. */
public enum ReportReason { PHONE_DISCONNECTED, NOT_ACCEPTING, CLOSED, WRONG_ADDRESS, OTHER }
