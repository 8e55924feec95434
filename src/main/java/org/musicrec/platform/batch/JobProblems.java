package org.musicrec.platform.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.jnosql.mapping.document.DocumentTemplate;

/** Records and lists job problems; recording the same problem twice (a replayed chunk) keeps one copy. */
@ApplicationScoped
public class JobProblems {

    @Inject
    DocumentTemplate template;

    public void record(JobProblem problem) {
        if (template.find(JobProblem.class, problem.getId()).isEmpty()) {
            template.insert(problem);
        }
    }

    public List<JobProblem> ofInstance(long instanceId) {
        return template.select(JobProblem.class).where("instanceId").eq(instanceId).result();
    }
}
