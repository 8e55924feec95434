package org.musicrec.web.ui.admin;

import java.util.List;

/** The parameters form of one batch job: its fields with their defaults (blank = the job's own default). */
public record JobForm(String job, String description, List<Field> fields) {

    /** One job parameter: name, default value, a hint on what it takes. */
    public record Field(String name, String defaultValue, String hint) {
        public String getName() {
            return name;
        }

        public String getHint() {
            return hint;
        }
    }

    public String getJob() {
        return job;
    }

    public String getDescription() {
        return description;
    }

    public List<Field> getFields() {
        return fields;
    }
}
