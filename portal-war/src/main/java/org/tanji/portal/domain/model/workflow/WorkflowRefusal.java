package org.tanji.portal.domain.model.workflow;

/** A transition the workflow refuses, naming the rule it broke. */
public class WorkflowRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final WorkflowRule rule;

    public WorkflowRefusal(WorkflowRule rule, String what) {
        super(what + " is refused: " + rule.explanation());
        this.rule = rule;
    }

    public WorkflowRule rule() {
        return rule;
    }
}
