package org.carenetwork.common.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource whose query parameters another party checks: the gateway's relay passes a caller's
 * query to the service that declares the operation, and that service refuses what it does not take.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AnyQueryParameters {
}
