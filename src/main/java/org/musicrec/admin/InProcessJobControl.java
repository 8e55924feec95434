package org.musicrec.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import org.musicrec.platform.batch.JobProblems;
import org.musicrec.platform.batch.JobProgress;
import org.musicrec.platform.lease.LeaseKeeper;
import org.musicrec.platform.security.CallerAuthentication;
import org.musicrec.recommend.training.TrainingParameters;

/**
 * JobControl on this server's JobOperator: the one implementation of launching and watching, used
 * by the admin resource and the console alike. A restart re-uses the failed execution's parameters,
 * since Jakarta Batch does not carry them over by itself. Administrators only, as the resource.
 */
@ApplicationScoped
@RolesAllowed(CallerAuthentication.ROLE)
public class InProcessJobControl implements JobControl {

    @Inject
    JobProblems problems;

    @Inject
    JobProgress progress;

    @Inject
    PipelineRunner pipeline;

    @Inject
    JobLaunches launches;

    @Inject
    LeaseKeeper leases;

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    @Override
    public JobList jobs() {
        List<JobList.Job> jobs = new ArrayList<>();
        for (String name : BatchJobs.PIPELINE.stream().sorted().toList()) {
            List<JobExecutionView> execs = new ArrayList<>();
            try {
                for (JobInstance i : operator().getJobInstances(name, 0, 20)) {
                    for (JobExecution e : operator().getJobExecutions(i)) {
                        execs.add(JobExecutionView.summary(e));
                    }
                }
            } catch (NoSuchJobException e) {
                // never run yet
            }
            jobs.add(new JobList.Job(name, execs));
        }
        return new JobList(jobs);
    }

    @Override
    public JobExecutionView start(String job, JsonObject parameters) {
        if (!BatchJobs.exists(job)) {
            throw new NotFoundException("no job named " + job);
        }
        Properties props = toProperties(parameters);
        if (BatchJobs.TRAIN_ALS.equals(job) && props.getProperty("runId") == null) {
            // Names the run's workspace; a restart re-uses the parameters and so finds it again.
            props.setProperty("runId", UUID.randomUUID().toString());
        }
        if (BatchJobs.TRAIN_ALS.equals(job)) {
            try {
                TrainingParameters.of(props, "launch");
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("train-als: " + e.getMessage());
            }
        }
        return execution(launches.launch(job, () -> operator().start(job, props)));
    }

    @Override
    public JobExecutionView execution(long id) {
        JobExecution e = find(id);
        List<JobExecutionView.Step> steps = new ArrayList<>();
        for (StepExecution s : operator().getStepExecutions(id)) {
            Map<String, Long> counts = new TreeMap<>();
            for (Metric m : s.getMetrics()) {
                counts.put(m.getType().name().toLowerCase(Locale.ROOT), m.getValue());
            }
            if (s.getBatchStatus() == BatchStatus.STARTED) {
                // The repository writes step metrics at the end; a running step reports its live ones.
                progress.live(id, s.getStepName()).forEach((k, v) -> counts.merge(k, v, Math::max));
            }
            var expected = progress.expected(id, s.getStepName());
            steps.add(new JobExecutionView.Step(s.getStepName(), String.valueOf(s.getBatchStatus()),
                    String.valueOf(s.getExitStatus()), counts, expected.isPresent() ? expected.getAsLong() : null));
        }
        Map<String, String> params = new TreeMap<>();
        Properties p = operator().getParameters(id);
        if (p != null) {
            p.stringPropertyNames().forEach(k -> params.put(k, p.getProperty(k)));
        }
        return JobExecutionView.summary(e).withDetail(params, steps);
    }

    @Override
    public JobExecutionView restart(long id) {
        JobExecution e = find(id);
        return execution(launches.launch(e.getJobName(), () -> operator().restart(id, operator().getParameters(id))));
    }

    @Override
    public JobExecutionView stop(long id) {
        find(id);
        operator().stop(id);
        return execution(id);
    }

    @Override
    public JobProblemList problems(long id) {
        long instance = operator().getJobInstance(id).getInstanceId();
        return new JobProblemList(instance, problems.ofInstance(instance).stream().map(JobProblemList.Problem::of).toList());
    }

    @Override
    public ClusterJobs cluster() {
        return new ClusterJobs(leases.node(), leases.inForce().stream().map(ClusterJobs.Running::of).toList());
    }

    @Override
    public PipelineRunView runPipeline(JsonObject plan) {
        return pipeline.start(plan);
    }

    @Override
    public PipelineRunView pipeline() {
        return pipeline.status().orElse(PipelineRunView.idle());
    }

    private static JobExecution find(long id) {
        try {
            return operator().getJobExecution(id);
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            throw new NotFoundException("no job execution " + id);
        }
    }

    static Properties toProperties(JsonObject parameters) {
        Properties p = new Properties();
        if (parameters == null) {
            return p;
        }
        for (var entry : parameters.entrySet()) {
            JsonValue v = entry.getValue();
            switch (v.getValueType()) {
                case STRING -> p.setProperty(entry.getKey(), ((JsonString) v).getString());
                case NUMBER, TRUE, FALSE -> p.setProperty(entry.getKey(), v.toString());
                case NULL -> { }
                default -> throw new BadRequestException("job parameter " + entry.getKey() + " must be a string, number or boolean");
            }
        }
        return p;
    }
}
