package org.carenetwork.vocabulary;

/** When a program's sessions run. */
public enum Schedule {
    DAY, EVENING, WEEKEND
}
