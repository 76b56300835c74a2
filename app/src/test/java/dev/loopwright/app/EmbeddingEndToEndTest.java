package dev.loopwright.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.adapter.in.http.HttpUseCases;
import dev.loopwright.adapter.out.opencode.scripted.ScriptedModelServer;
import dev.loopwright.adapter.out.opencode.scripted.ScriptedOpenCodeHome;
import dev.loopwright.app.demo.CheckoutWatch;
import dev.loopwright.app.demo.DemoScenario;
import dev.loopwright.app.demo.DemoScript;
import dev.loopwright.app.demo.SampleRepository;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.port.in.Change;
import dev.loopwright.application.port.in.CreateProjectCommand;
import dev.loopwright.application.port.in.CreateTicketCommand;
import dev.loopwright.application.port.in.ExecutionRuntimeView;
import dev.loopwright.application.port.in.ExecutionSetupPlanView;
import dev.loopwright.application.port.in.InterviewView;
import dev.loopwright.application.port.in.ProfileChanges;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.domain.bead.BeadNote;
import dev.loopwright.domain.interview.AnswerSubmission;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding front door, end to end: {@code Loopwright.open(…)} with a listener, driving the sample ticket through
 * {@code useCases()} only (no HTTP), with a real {@code opencode serve}, the scripted model, real git and SQLite, from
 * DRAFT to COMPLETED and the merge.
 */
class EmbeddingEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENT = Duration.ofMinutes(6);
    private static final TicketReference TICKET = TicketReference.parse(DemoScenario.TICKET);

    @TempDir
    Path temp;

    private final BlockingQueue<TicketNotification> notifications = new LinkedBlockingQueue<>();

    @Test
    void anEmbeddedEngineTakesTheSampleTicketFromDraftToAMergedChangeThroughItsUseCases() throws Exception {
        Path repo = SampleRepository.create(temp.resolve("shop"));
        CheckoutWatch checkout = new CheckoutWatch(repo);
        long started = System.nanoTime();
        try (ScriptedModelServer model = ScriptedModelServer.start(DemoScript.build());
                OpenCodeConnection openCode = OpenCodeConnection.managed(RealBinary.path(), temp,
                        ScriptedOpenCodeHome.prepare(temp.resolve("home"), model));
                Loopwright loopwright = Loopwright.open(LoopwrightConfig.of(temp.resolve("data"), openCode.runtime())
                        .withListener(notifications::add))) {
            HttpUseCases cases = loopwright.useCases();
            cases.createProfile().create(new ProfileChanges(Change.set(new ModelId(DemoScenario.MAIN_IMPLEMENTER)),
                    Change.keep(), Optional.of(DemoScenario.COUNCIL_MEMBERS.stream().map(ModelId::new).toList()),
                    Optional.empty(), Optional.empty(), Optional.empty(), Map.of()));
            Project shop = cases.createProject().create(CreateProjectCommand.of(DemoScenario.PROJECT_NAME,
                    DemoScenario.SHORTNAME, repo.toString(), null, null, ProjectOverrides.NONE));
            cases.createTicket().create(new CreateTicketCommand(shop.id(), TicketDetails.of(DemoScenario.TITLE,
                    DemoScenario.DESCRIPTION, null)));
            cases.startTicket().start(TICKET);

            drive(cases, checkout);

            System.out.printf("embedding run took %.1f s%n", (System.nanoTime() - started) / 1e9);
            Ticket ticket = cases.getTicket().get(TICKET);
            LifecycleAssertions.assertDelivered(repo, checkout.startCommit(), view(ticket,
                    cases.executionRuntime().executionRuntime(ticket)), checkout.untouchedBeforeMerge(),
                    temp.resolve("check"));
        }
    }

    /** Answers, approves and merges whatever the ticket waits for, woken by the engine's notifications. */
    private void drive(HttpUseCases cases, CheckoutWatch checkout) throws Exception {
        long end = System.nanoTime() + PATIENT.toNanos();
        while (System.nanoTime() < end) {
            Ticket ticket = cases.getTicket().get(TICKET);
            switch (ticket.status()) {
                case COMPLETED:
                    return;
                case BLOCKED_ERROR:
                case CANCELED:
                    throw new AssertionError("the ticket is " + ticket.status() + ": " + ticket.workflow().error());
                case WAITING_INTERVIEW_ANSWERS:
                    Optional<InterviewView> interview = interview(cases);
                    interview.flatMap(view -> view.session().currentBatch()).ifPresent(batch -> {
                        Map<String, AnswerSubmission> answers = new LinkedHashMap<>();
                        batch.questionIds().forEach(id -> answers.put(id, AnswerSubmission.text(
                                DemoScenario.answer(id))));
                        cases.answerInterviewBatch().answerBatch(TICKET, answers);
                    });
                    break;
                case WAITING_INTERVIEW_APPROVAL:
                    cases.approveInterview().approveInterview(TICKET,
                            cases.getInterview().get(TICKET).contentSha256().orElseThrow());
                    break;
                case WAITING_PRD_APPROVAL:
                    cases.approvePrd().approvePrd(TICKET, cases.getPrd().getPrd(TICKET).contentSha256().orElseThrow());
                    break;
                case WAITING_BEADS_APPROVAL:
                    cases.approveBeads().approveBeads(TICKET,
                            cases.getBeads().getBeads(TICKET, Optional.empty()).contentSha256());
                    break;
                case WAITING_EXECUTION_SETUP_APPROVAL:
                    ExecutionSetupPlanView plan = cases.getExecutionSetupPlan().get(TICKET);
                    if (plan.exists() && !plan.drafting()) {
                        cases.approveExecutionSetupPlan().approveExecutionSetupPlan(TICKET,
                                plan.contentSha256().orElseThrow());
                    }
                    break;
                case WAITING_PR_REVIEW:
                    checkout.lookBeforeMerge();
                    merge(cases);
                    break;
                default:
                    break;
            }
            if (notifications.poll(3, TimeUnit.SECONDS) != null) {
                TimeUnit.MILLISECONDS.sleep(200);
                notifications.clear();
            }
        }
        throw new AssertionError("the ticket did not complete in time: " + cases.getTicket().get(TICKET).status());
    }

    /** Empty until the interviewer has stored its session: entering the status comes first. */
    private static Optional<InterviewView> interview(HttpUseCases cases) {
        try {
            return Optional.of(cases.getInterview().get(TICKET));
        } catch (NotFoundException notYet) {
            return Optional.empty();
        }
    }

    private static void merge(HttpUseCases cases) {
        cases.deliverTicket().merge(TICKET);
    }

    /** The ticket and its runtime view in the shape {@code GET /api/tickets/{ref}} answers, for the shared checks. */
    private static JsonNode view(Ticket ticket, Optional<ExecutionRuntimeView> runtime) {
        ObjectNode json = JSON.createObjectNode().put("status", ticket.status().name());
        ObjectNode runtimeJson = json.putObject("runtime");
        runtime.ifPresent(view -> runtimeJson.put("finalTestStatus", view.delivery().finalTestStatus())
                .put("deliveryMode", view.delivery().deliveryMode().orElse(null))
                .put("candidateCommitSha", view.delivery().candidateCommit().orElse(null))
                .put("completionDisposition", view.delivery().completionDisposition().orElse(null)));
        ArrayNode beads = runtimeJson.putArray("beads");
        runtime.ifPresent(view -> view.beads().forEach(bead -> {
            ObjectNode item = beads.addObject().put("id", bead.id()).put("iteration", bead.iteration());
            ArrayNode notes = item.putArray("failedIterationNotes");
            for (BeadNote note : bead.failedIterationNotes()) {
                notes.addObject().put("content", note.content());
            }
        }));
        return json;
    }
}
