package org.musicrec.platform.batch;

import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.jnosql.mapping.document.DocumentTemplate;

/** Records and lists job problems; recording the same problem twice (a replayed chunk) keeps one copy. */
@ApplicationScoped
public class JobProblems {

    @Inject
    DocumentTemplate template;

    /**
     * Records a problem of the running step, named by its job, instance, execution and step;
     * {@code line} 0 when the item has no line.
     */
    public void record(JobContext job, StepContext step, String item, long line, String reason) {
        record(new JobProblem(job.getJobName(), job.getInstanceId(), job.getExecutionId(), step.getStepName(), item, line, reason));
    }

    public void record(JobProblem problem) {
        if (template.find(JobProblem.class, problem.getId()).isEmpty()) {
            template.insert(problem);
        }
    }

    public List<JobProblem> ofInstance(long instanceId) {
        return template.select(JobProblem.class).where("instanceId").eq(instanceId).result();
    }
}
