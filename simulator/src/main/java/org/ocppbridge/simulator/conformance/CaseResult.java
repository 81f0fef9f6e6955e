package org.ocppbridge.simulator.conformance;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.ocppbridge.simulator.Frame;

/**
 * The outcome of one case.
 *
 * @param caseId the case id
 * @param passed whether the station passed
 * @param reason why it failed; empty when it passed
 * @param took how long the case ran
 * @param frames every frame of the case, over all its connections, in order
 */
public record CaseResult(String caseId, boolean passed, String reason, Duration took, List<Frame> frames) {

    public CaseResult {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(took, "took");
        frames = List.copyOf(frames);
    }

    /** {@code PASS <case>} or {@code FAIL <case>: <reason>}. */
    public String line() {
        return passed ? "PASS " + caseId : "FAIL " + caseId + ": " + reason;
    }
}
