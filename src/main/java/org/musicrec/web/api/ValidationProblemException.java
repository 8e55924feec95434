package org.musicrec.web.api;

import org.musicrec.platform.http.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** A request that failed validation: a 400 problem naming every offending field. */
public final class ValidationProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ValidationProblemException(List<Problem.FieldError> errors) {
        super(errors.size() + " invalid field(s)");
        this.problem = new Problem(400, "Bad Request", "the request has " + errors.size() + " invalid field(s)", List.copyOf(errors));
    }

    public Problem problem() {
        return problem;
    }

    public static ValidationProblemException from(Set<? extends ConstraintViolation<?>> violations) {
        return new ValidationProblemException(violations.stream()
                .map(v -> new Problem.FieldError(leaf(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList());
    }

    private static String leaf(Path path) {
        String last = null;
        for (Path.Node n : path) {
            last = n.getName();
        }
        return last == null ? path.toString() : last;
    }
}
