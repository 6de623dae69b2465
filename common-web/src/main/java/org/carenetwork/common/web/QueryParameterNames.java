package org.carenetwork.common.web;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.carenetwork.common.problem.Enums;
import org.carenetwork.common.problem.Problem;
import org.carenetwork.common.problem.ProblemException;

/**
 * The query a request may carry is the one its operation declares. A parameter the operation does
 * not take ({@code ?language=es} on a search that has no such filter, a typo such as
 * {@code ?levelofcare=IOP}) is a 400 naming it and the parameters the operation takes, never a
 * silent 200 that ignored it; a parameter that takes one value, sent twice
 * ({@code ?zip=43604&zip=00000}), is a 400 too, never "the first one wins". List parameters
 * ({@code List<String>}) may repeat. The rule is read off each resource method's
 * {@code @QueryParam}s, so it holds on every endpoint of every service without a list to keep.
 */
@Provider
public class QueryParameterNames implements ContainerRequestFilter {

    private record Declared(Set<String> names, Set<String> single) {
    }

    private static final Declared ANY = new Declared(Set.of(), Set.of());
    private static final Map<Method, Declared> DECLARED = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Declared declared = DECLARED.computeIfAbsent(method, QueryParameterNames::declared);
        if (declared == ANY) {
            return;
        }
        Map<String, List<String>> query = request.getUriInfo().getQueryParameters();
        if (query.isEmpty()) {
            return;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String name = parameter.getKey();
            if (!declared.names().contains(name)) {
                errors.add(new Problem.FieldError(Enums.shown(name), declared.names().isEmpty()
                        ? "is not a parameter of this operation, which takes no query parameters"
                        : "is not a parameter of this operation, which takes: " + String.join(", ", declared.names())));
            } else if (declared.single().contains(name) && parameter.getValue().size() > 1) {
                errors.add(new Problem.FieldError(name, "takes one value; it was sent " + parameter.getValue().size() + " times"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badFields(errors);
        }
    }

    private static Declared declared(Method method) {
        if (method.isAnnotationPresent(AnyQueryParameters.class)
                || method.getDeclaringClass().isAnnotationPresent(AnyQueryParameters.class)) {
            return ANY;
        }
        Set<String> names = new TreeSet<>();
        Set<String> single = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
                if (!Collection.class.isAssignableFrom(parameter.getType())) {
                    single.add(query.value());
                }
            }
        }
        return new Declared(Collections.unmodifiableSet(names), Collections.unmodifiableSet(single));
    }
}
