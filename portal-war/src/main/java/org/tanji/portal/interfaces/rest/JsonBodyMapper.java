package org.tanji.portal.interfaces.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A request body that is not the JSON the endpoint takes → 400 problem+json naming the field (an unknown field, a
 * value of the wrong type, NaN, broken JSON). RESTEasy's own mapper answers these with the bare text "Not able to
 * deserialize data provided."; ours, being the application's, is chosen first.
 */
@Provider
public class JsonBodyMapper implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? path(m) : "";
        String problem;
        if (e instanceof UnrecognizedPropertyException u) {
            problem = "is not a field of this request; the fields are " + u.getKnownPropertyIds();
        } else if (e instanceof JsonMappingException) {
            problem = "has a value of the wrong type: " + e.getOriginalMessage().replaceAll("\\s+", " ");
        } else {
            problem = "is not valid JSON: " + e.getOriginalMessage().replaceAll("\\s+", " ")
                    + (e.getLocation() == null
                            ? ""
                            : " (line " + e.getLocation().getLineNr() + ", column "
                                    + e.getLocation().getColumnNr() + ")");
        }
        String where = field.isEmpty() ? "body" : field;
        return new ProblemDetails(
                        "/problems/invalid-body",
                        "Invalid request body",
                        400,
                        where + " " + problem,
                        List.of(new ProblemDetails.FieldError(where, problem)))
                .toResponse();
    }

    /** {@code parts[2].quantity}, as the portal's other field paths are written. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
