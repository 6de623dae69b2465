package org.carenetwork.gateway.limits;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST that only computes an answer (scoring, network checks, care matches) as a read
 * for rate limiting; without it, GET is a read and anything else a write.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RouteClass {

    Kind value();

    enum Kind { READ, WRITE }
}
