package org.carenetwork.facility.domain;

/** Where a listing comes from: the network's own sites, or a national directory's. */
public enum Source { NETWORK, DIRECTORY }
