package org.carenetwork.facility.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * No value of the code: the schema of one {@code language} value of a search, which the OpenAPI
 * annotations can only give a repeatable parameter's items through a type. The search reads it in
 * either case (the catalog stores and answers lower case).
 */
@Schema(name = "LanguageCode", type = SchemaType.STRING, maxLength = 3, pattern = "^[A-Za-z]{2,3}$",
        description = "An ISO 639 language code, in either case: `es`, `en`, `ase` (American Sign Language).", example = "es")
public final class LanguageCode {

    private LanguageCode() {
    }
}
