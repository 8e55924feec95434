package org.musicrec.web.ui.admin;

import org.musicrec.platform.security.AdminOnly;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.ConfigProvider;
import org.musicrec.admin.ClusterJobs;
import org.musicrec.admin.JobControl;
import org.musicrec.admin.JobList;
import org.musicrec.admin.JobProblemList;

/**
 * Backs the Jobs page: a parameters form per job (defaults filled in), launching a job or the
 * whole pipeline, the executions with stop and restart, and the problems of the execution being
 * watched. The live progress bars are drawn by console.js from the admin API; this bean only says
 * which execution to watch. Every action is a JSF postback, so it carries the view state.
 */
@AdminOnly
@Named("jobsView")
@ViewScoped
public class JobsView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Longest parameter value accepted from the form (paths, lists). */
    static final int MAX_VALUE = 1000;

    @Inject
    transient JobControl control;

    /** Read in init, not injected: a view-scoped bean may only hold passivation-capable dependencies. */
    String dataDir;

    private static final String EXECUTIONS_KEY = JobsView.class.getName() + ".executions";

    private transient JobForms forms;
    private transient Set<String> available;
    /** Where one request's reads are cached: the Faces request map, or (in tests) a fresh map. */
    private transient java.util.function.Supplier<Map<String, Object>> requestScope;
    private final Map<String, Map<String, String>> values = new LinkedHashMap<>();
    private final Map<String, Boolean> inPipeline = new LinkedHashMap<>();
    private long watched;
    private String message = "";
    private boolean error;

    @PostConstruct
    void postConstruct() {
        dataDir = ConfigProvider.getConfig().getOptionalValue("musicrec.data.dir", String.class).orElse("../shared/data");
        init();
    }

    void init() {
        forms = new JobForms(dataDir);
        for (JobForm f : forms.all()) {
            Map<String, String> v = new LinkedHashMap<>();
            f.fields().forEach(field -> v.put(field.name(), field.defaultValue()));
            values.put(f.job(), v);
            inPipeline.put(f.job(), Boolean.FALSE);
        }
        List<ExecutionRow> rows = getExecutions();
        if (!rows.isEmpty()) {
            watched = rows.get(0).executionId();
        }
    }

    private JobForms forms() {
        if (forms == null) {
            forms = new JobForms(dataDir);
        }
        return forms;
    }

    public List<JobForm> getForms() {
        return forms().all();
    }

    public Map<String, Map<String, String>> getValues() {
        return values;
    }

    public Map<String, Boolean> getInPipeline() {
        return inPipeline;
    }

    /** The jobs this build can run (the admin API's list); others are shown but cannot be launched. */
    public Set<String> getAvailable() {
        if (available == null) {
            Set<String> names = new TreeSet<>();
            try {
                control.jobs().jobs().forEach(j -> names.add(j.job()));
            } catch (RuntimeException e) {
                fail("the job list is unavailable: " + e.getMessage());
                return names;
            }
            available = names; // the set of deployed jobs does not change while the server runs
        }
        return available;
    }

    /** Every execution of every job, newest first. */
    public List<ExecutionRow> getExecutions() {
        // the page asks several times per render; one read of the job repository per request
        Map<String, Object> request = requestAttributes();
        @SuppressWarnings("unchecked")
        List<ExecutionRow> cached = (List<ExecutionRow>) request.get(EXECUTIONS_KEY);
        if (cached != null) {
            return cached;
        }
        List<ExecutionRow> rows = new ArrayList<>();
        try {
            for (JobList.Job j : control.jobs().jobs()) {
                j.executions().forEach(e -> rows.add(ExecutionRow.of(e)));
            }
        } catch (RuntimeException e) {
            fail("the executions are unavailable: " + e.getMessage());
        }
        rows.sort(Comparator.comparingLong(ExecutionRow::executionId).reversed());
        request.put(EXECUTIONS_KEY, rows);
        return rows;
    }

    /** This node and which node runs which leased job in the cluster (empty when the leases cannot be read). */
    public ClusterJobs getCluster() {
        try {
            return control.cluster();
        } catch (RuntimeException e) {
            return new ClusterJobs("", List.of());
        }
    }

    /** The recorded problems of the watched execution (step, item, line, reason). */
    public List<JobProblemList.Problem> getProblems() {
        if (watched <= 0) {
            return List.of();
        }
        try {
            return control.problems(watched).problems();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    public void launch(String job) {
        try {
            watched = control.start(job, parameters(job)).executionId();
            requestAttributes().remove(EXECUTIONS_KEY);
            ok(job + " launched as execution " + watched);
        } catch (RuntimeException e) {
            fail("could not launch " + job + ": " + e.getMessage());
        }
    }

    public void runPipeline() {
        JsonArrayBuilder stages = Json.createArrayBuilder();
        int n = 0;
        for (JobForm f : forms().all()) {
            if (Boolean.TRUE.equals(inPipeline.get(f.job()))) {
                stages.add(Json.createObjectBuilder().add("job", f.job()).add("parameters", parameters(f.job())));
                n++;
            }
        }
        if (n == 0) {
            fail("tick the jobs the pipeline should run");
            return;
        }
        try {
            control.runPipeline(Json.createObjectBuilder().add("stages", stages).build());
            ok("pipeline started with " + n + " stage(s)");
        } catch (RuntimeException e) {
            fail("could not start the pipeline: " + e.getMessage());
        }
    }

    public void stop(long executionId) {
        try {
            control.stop(executionId);
            watched = executionId;
            ok("stop requested for execution " + executionId);
        } catch (RuntimeException e) {
            fail("could not stop execution " + executionId + ": " + e.getMessage());
        }
    }

    public void restart(long executionId) {
        try {
            watched = control.restart(executionId).executionId();
            ok("execution " + executionId + " restarted as " + watched);
        } catch (RuntimeException e) {
            fail("could not restart execution " + executionId + ": " + e.getMessage());
        }
    }

    public void watch(long executionId) {
        watched = executionId;
        message = "";
    }

    /** The form's non-blank values as job parameters; over-long values are refused, not cut. */
    JsonObject parameters(String job) {
        JobForm form = forms().of(job).orElseThrow(() -> new IllegalArgumentException("no job named " + job));
        JsonObjectBuilder b = Json.createObjectBuilder();
        Map<String, String> v = values.getOrDefault(job, Map.of());
        for (JobForm.Field f : form.fields()) {
            String value = v.get(f.name());
            if (value == null || value.isBlank()) {
                continue;
            }
            if (value.length() > MAX_VALUE) {
                throw new IllegalArgumentException(f.name() + " is longer than " + MAX_VALUE + " characters");
            }
            b.add(f.name(), value.trim());
        }
        return b.build();
    }

    private Map<String, Object> requestAttributes() {
        if (requestScope == null) {
            return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        }
        return requestScope.get();
    }

    private void ok(String text) {
        message = text;
        error = false;
    }

    private void fail(String text) {
        message = text;
        error = true;
    }

    public long getWatched() {
        return watched;
    }

    public String getMessage() {
        return message;
    }

    public boolean isError() {
        return error;
    }

    /** For tests: the bean without CDI. */
    static JobsView of(JobControl control, String dataDir) {
        JobsView v = new JobsView();
        v.control = control;
        v.dataDir = dataDir;
        v.requestScope = java.util.HashMap::new;
        v.init();
        return v;
    }
}
