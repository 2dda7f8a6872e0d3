package org.servicehall.casework.testing;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.servicehall.conduct.ConductPhrases;
import org.servicehall.conduct.ForbiddenPhrase;
import org.servicehall.conduct.RefusedText;
import org.servicehall.conduct.StepPhrase;
import org.servicehall.conduct.Violation;
import org.servicehall.conduct.ViolationSource;
import org.servicehall.conduct.ViolationStatus;
import org.servicehall.conduct.Violations;
import org.servicehall.queue.ServiceStep;
import org.servicehall.queue.TextFinding;
import org.servicehall.security.Actor;

/**
 * The conduct area as casework's tests need it: the forbidden-phrase check (C3) over a few phrases,
 * and violation candidates (C5) kept in a list. The rest is not called.
 */
public final class FakeConduct {
    /** A candidate proposed. */
    public record Proposal(long siteId, String staffNumber, Integer window, String ruleCode, ViolationSource source, String note) {
    }

    public final List<String> forbidden = new CopyOnWriteArrayList<>(List.of("回去补齐再来", "不知道"));
    public final List<String> refusedTexts = new CopyOnWriteArrayList<>();
    public final List<Proposal> proposals = new CopyOnWriteArrayList<>();

    public ConductPhrases phrases() {
        return new Phrases();
    }

    public Violations violations() {
        return new Candidates();
    }

    private final class Phrases implements ConductPhrases {
        @Override
        public List<TextFinding> check(long siteId, String text) {
            return forbidden.stream().filter(text::contains).map(p -> new TextFinding(text.indexOf(p), text.indexOf(p) + p.length(), p, ""))
                    .toList();
        }

        @Override
        public RefusedText recordRefusal(Actor actor, long siteId, String text, List<TextFinding> findings) {
            refusedTexts.add(text);
            return null;
        }

        @Override
        public List<StepPhrase> stepPhrases(long siteId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public StepPhrase stepPhrase(long siteId, ServiceStep step) {
            throw new UnsupportedOperationException();
        }

        @Override
        public StepPhrase setStepPhrase(Actor actor, long siteId, ServiceStep step, String text) {
            throw new UnsupportedOperationException();
        }

        @Override
        public StepPhrase resetStepPhrase(Actor actor, long siteId, ServiceStep step) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> courtesyPhrases() {
            return List.of();
        }

        @Override
        public List<ForbiddenPhrase> forbiddenPhrases(long siteId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ForbiddenPhrase addForbiddenPhrase(Actor actor, long siteId, String phrase, String suggestion) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void removeForbiddenPhrase(Actor actor, long siteId, String phrase) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<RefusedText> refusals(long siteId, int limit) {
            throw new UnsupportedOperationException();
        }
    }

    private final class Candidates implements Violations {
        @Override
        public Violation proposeViolation(Actor actor, long siteId, String staffNumber, Integer windowNumber, String ruleCode,
                ViolationSource source, Instant occurredAt, String note) {
            proposals.add(new Proposal(siteId, staffNumber, windowNumber, ruleCode, source, note));
            return null;
        }

        @Override
        public Violation confirmViolation(Actor actor, long violationId, String note) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Violation dismissViolation(Actor actor, long violationId, String reason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Violation> violations(long siteId, ViolationStatus status) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Violation> violationsOf(long siteId, String staffNumber) {
            throw new UnsupportedOperationException();
        }
    }
}
