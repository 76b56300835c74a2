package dev.loopwright.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live stream over real connections: fan-out, replay after a reconnect, refusals as JSON, the token in the
 * query, clean unsubscribing and a client that stops reading. Waits are deadlines on what must happen, never
 * fixed sleeps.
 */
class StreamRoutesTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String TOKEN = "a-token-of-sixteen-chars";
    private static final RateLimits ROOMY = new RateLimits(100_000, 100_000, 100_000, 60_000);
    private static final HttpSecurity OPEN = new HttpSecurity(Optional.empty(), false, List.of(), false, ROOMY);
    private static final StreamSettings MANY = StreamSettings.DEFAULT.withCaps(200, 200);

    @TempDir
    Path temp;

    private final List<EventStreamClient> clients = new ArrayList<>();
    private TestServer server;
    private TicketId ticket;

    @AfterEach
    void stop() throws IOException {
        for (EventStreamClient client : clients) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private void start(HttpSecurity security, StreamSettings settings) throws Exception {
        server = new TestServer(security, settings);
        Path repo = Files.createDirectories(temp.resolve("repo/.git")).getParent();
        Map<String, String> auth = security.apiToken().map(t -> Map.of("Authorization", "Bearer " + t)).orElse(Map.of());
        assertThat(server.send("POST", "/api/projects", "{\"name\":\"Shop\",\"shortname\":\"SHOP\",\"folderPath\":"
                + TestServer.JSON.writeValueAsString(repo.toString()) + "}", auth).status()).isEqualTo(201);
        assertThat(server.send("POST", "/api/tickets", "{\"projectId\":1,\"title\":\"t\"}", auth).status())
                .isEqualTo(201);
        ticket = server.repositories.tickets().findByExternalId(ExternalId.parse("SHOP-1")).orElseThrow().id();
    }

    private EventStreamClient open(String query, Map<String, String> headers) throws IOException {
        EventStreamClient client = EventStreamClient.open(server.port(), "/api/stream?" + query, headers);
        clients.add(client);
        return client;
    }

    private void publish(String artifactType) {
        server.streams.publish(new TicketNotification.ArtifactChanged(ticket, TicketStatus.CODING, artifactType, false,
                Instant.EPOCH));
    }

    private static JsonNode json(EventStreamClient.Event event) throws IOException {
        return TestServer.JSON.readTree(event.data());
    }

    @Test
    void aHundredSubscribersEachReceiveABurstOfAThousandEventsInOrder() throws Exception {
        start(OPEN, MANY);
        List<EventStreamClient> subscribers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            EventStreamClient client = open("ticketId=1:SHOP-1", Map.of());
            assertThat(client.status()).isEqualTo(200);
            subscribers.add(client);
        }
        assertThat(server.streams.subscriberCount(ticket)).isEqualTo(100);
        for (int i = 0; i < 1_000; i++) {
            publish("artifact-" + i);
        }
        ExecutorService readers = Executors.newFixedThreadPool(16);
        List<Future<List<String>>> received = new ArrayList<>();
        for (EventStreamClient client : subscribers) {
            received.add(readers.submit(() -> {
                List<String> problems = new ArrayList<>();
                EventStreamClient.Event connected = client.next(DEADLINE);
                long start = Long.parseLong(connected.id());
                if (!connected.name().equals("connected")) {
                    problems.add("first event " + connected.name());
                }
                for (int i = 0; i < 1_000; i++) {
                    EventStreamClient.Event event = client.next(DEADLINE);
                    JsonNode data = json(event);
                    if (!event.name().equals("artifact_change") || Long.parseLong(event.id()) != start + 1 + i
                            || !data.get("artifactType").asText().equals("artifact-" + i)
                            || !data.get("ticketId").asText().equals("1:SHOP-1")) {
                        problems.add("event " + i + ": " + event);
                        break;
                    }
                }
                return problems;
            }));
        }
        readers.shutdown();
        assertThat(readers.awaitTermination(DEADLINE.toSeconds() * 2, TimeUnit.SECONDS)).isTrue();
        for (Future<List<String>> problems : received) {
            assertThat(problems.get()).isEmpty();
        }
    }

    @Test
    void aReconnectWithLastEventIdReceivesExactlyTheMissedEvents() throws Exception {
        start(OPEN, StreamSettings.DEFAULT);
        EventStreamClient first = open("ticketId=SHOP-1", Map.of());
        long start = Long.parseLong(first.next(DEADLINE).id());
        for (int i = 1; i <= 5; i++) {
            publish("seen-" + i);
        }
        String lastSeen = null;
        for (int i = 1; i <= 5; i++) {
            lastSeen = first.next(DEADLINE).id();
        }
        assertThat(lastSeen).isEqualTo(String.valueOf(start + 5));
        first.close();
        for (int i = 1; i <= 3; i++) {
            publish("missed-" + i);
        }

        EventStreamClient again = open("ticketId=SHOP-1", Map.of("Last-Event-ID", lastSeen));
        EventStreamClient.Event connected = again.next(DEADLINE);
        assertThat(connected.name()).isEqualTo("connected");
        assertThat(connected.id()).isEqualTo(lastSeen);
        for (int i = 1; i <= 3; i++) {
            EventStreamClient.Event event = again.next(DEADLINE);
            assertThat(event.id()).isEqualTo(String.valueOf(start + 5 + i));
            assertThat(json(event).get("artifactType").asText()).isEqualTo("missed-" + i);
        }
        publish("live");
        EventStreamClient.Event live = again.next(DEADLINE);
        assertThat(json(live).get("artifactType").asText()).as("nothing replayed twice or extra").isEqualTo("live");
        assertThat(live.id()).isEqualTo(String.valueOf(start + 9));

        // A reloaded page sends the id in the query instead.
        EventStreamClient reloaded = open("ticketId=SHOP-1&lastEventId=" + (start + 8), Map.of());
        assertThat(reloaded.next(DEADLINE).name()).isEqualTo("connected");
        assertThat(json(reloaded.next(DEADLINE)).get("artifactType").asText()).isEqualTo("live");
    }

    @Test
    void aGapOlderThanTheReplayBufferIsAResyncCarryingTheNewestId() throws Exception {
        StreamSettings small = new StreamSettings(Duration.ofSeconds(15), 3, 1L << 20, Duration.ofMinutes(5), 100, 6,
                100);
        start(OPEN, small);
        long start = Long.parseLong(open("ticketId=SHOP-1", Map.of()).next(DEADLINE).id());
        for (int i = 1; i <= 8; i++) {
            publish("e" + i);
        }
        EventStreamClient behind = open("ticketId=SHOP-1", Map.of("Last-Event-ID", String.valueOf(start + 1)));
        EventStreamClient.Event connected = behind.next(DEADLINE);
        assertThat(connected.name()).isEqualTo("connected");
        assertThat(connected.id()).as("no position until the resync is through").isNull();
        EventStreamClient.Event resync = behind.next(DEADLINE);
        assertThat(resync.name()).isEqualTo("resync");
        assertThat(resync.id()).isEqualTo(String.valueOf(start + 8));
        assertThat(json(resync).get("reason").asText()).contains("no longer buffered");

        // Still within the buffer (events start+6 … start+8 are kept): replayed, no resync.
        EventStreamClient close = open("ticketId=SHOP-1", Map.of("Last-Event-ID", String.valueOf(start + 5)));
        close.next(DEADLINE);
        assertThat(close.next(DEADLINE).id()).isEqualTo(String.valueOf(start + 6));

        EventStreamClient garbage = open("ticketId=SHOP-1", Map.of("Last-Event-ID", "yesterday"));
        garbage.next(DEADLINE);
        assertThat(garbage.next(DEADLINE).name()).isEqualTo("resync");
        EventStreamClient future = open("ticketId=SHOP-1", Map.of("Last-Event-ID", String.valueOf(start + 99)));
        future.next(DEADLINE);
        assertThat(future.next(DEADLINE).name()).isEqualTo("resync");
    }

    @Test
    void theReplayBufferAlsoStopsAtItsByteLimit() throws Exception {
        start(OPEN, new StreamSettings(Duration.ofSeconds(15), 1_000, 1_000, Duration.ofMinutes(5), 100, 6, 100));
        long start = Long.parseLong(open("ticketId=SHOP-1", Map.of()).next(DEADLINE).id());
        for (int i = 1; i <= 8; i++) {
            publish("e" + i + "-" + "x".repeat(300));
        }

        EventStreamClient behind = open("ticketId=SHOP-1", Map.of("Last-Event-ID", String.valueOf(start + 1)));
        behind.next(DEADLINE);
        assertThat(behind.next(DEADLINE).name()).as("8 events of ~400 characters exceed 1,000").isEqualTo("resync");
        EventStreamClient recent = open("ticketId=SHOP-1", Map.of("Last-Event-ID", String.valueOf(start + 7)));
        recent.next(DEADLINE);
        assertThat(recent.next(DEADLINE).id()).isEqualTo(String.valueOf(start + 8));
    }

    @Test
    void everyKindOfNotificationIsItsOwnEvent() throws Exception {
        start(OPEN, StreamSettings.DEFAULT);
        EventStreamClient client = open("ticketId=SHOP-1", Map.of());
        client.next(DEADLINE);
        Instant at = Instant.EPOCH;
        server.streams.publish(new TicketNotification.StateChanged(ticket, TicketStatus.DRAFT,
                TicketStatus.SCANNING_RELEVANT_FILES, Optional.empty(), 1, at));
        server.streams.publish(new TicketNotification.NeedsInput(ticket, TicketStatus.WAITING_INTERVIEW_ANSWERS,
                "interview_qa", at));
        server.streams.publish(new TicketNotification.ErrorRaised(ticket, TicketStatus.COUNCIL_DELIBERATING,
                "quorum not met", List.of("QUORUM_NOT_MET"), at));
        server.streams.publish(new TicketNotification.LogLine(ticket, TicketStatus.CODING,
                TicketNotification.LogLine.Level.WARN, "tests failed", at));
        server.streams.publish(new TicketNotification.Progress(ticket, TicketStatus.CODING, 4, 9, "beads", at));
        server.streams.publish(new TicketNotification.BeadCompleted(ticket, "bead-4", 4, 9, at));

        List<String> names = new ArrayList<>();
        List<JsonNode> data = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            EventStreamClient.Event event = client.next(DEADLINE);
            names.add(event.name());
            data.add(json(event));
        }

        assertThat(names).containsExactly("state_change", "needs_input", "error", "log", "progress", "bead_complete");
        assertThat(data.get(1).get("type").asText()).isEqualTo("interview_qa");
        assertThat(data.get(2).get("codes").get(0).asText()).isEqualTo("QUORUM_NOT_MET");
        assertThat(data.get(3).get("level").asText()).isEqualTo("warn");
        assertThat(data.get(4).get("done").asInt()).isEqualTo(4);
        assertThat(data.get(5).get("beadId").asText()).isEqualTo("bead-4");
        assertThat(data).allSatisfy(json -> assertThat(json.get("ticketId").asText()).isEqualTo("1:SHOP-1"));
    }

    @Test
    void badTicketIdsAreJson400And404AndNeverOpenAStream() throws Exception {
        start(OPEN, StreamSettings.DEFAULT);
        TestServer.Reply missing = server.get("/api/stream");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.error()).isEqualTo("ticketId query parameter required");
        TestServer.Reply malformed = server.get("/api/stream?ticketId=..%2F..%2Fetc");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.error()).startsWith("Invalid ticket reference");
        TestServer.Reply unknown = server.get("/api/stream?ticketId=SHOP-99");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().has("error")).isTrue();

        EventStreamClient unknownStream = open("ticketId=1:SHOP-99", Map.of());
        assertThat(unknownStream.status()).isEqualTo(404);
        assertThat(unknownStream.header("Content-Type")).startsWith("application/json");
        TestServer.Reply notAStreamClient = server.get("/api/stream?ticketId=SHOP-1");
        assertThat(notAStreamClient.status()).isEqualTo(406);
        assertThat(server.streams.subscriberCount()).isZero();
    }

    @Test
    void theTokenMayComeInTheQueryForTheStreamOnly() throws Exception {
        start(new HttpSecurity(Optional.of(TOKEN), false, List.of(), false, ROOMY), StreamSettings.DEFAULT);
        EventStreamClient accepted = open("ticketId=SHOP-1&apiToken=" + TOKEN, Map.of());
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.next(DEADLINE).name()).isEqualTo("connected");

        EventStreamClient wrong = open("ticketId=SHOP-1&apiToken=not-the-token-at-all", Map.of());
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("Unauthorized");
        EventStreamClient none = open("ticketId=SHOP-1", Map.of());
        assertThat(none.status()).isEqualTo(401);
        assertThat(server.get("/api/tickets?apiToken=" + TOKEN).status()).as("other routes ignore it").isEqualTo(401);
        assertThat(server.streams.subscriberCount()).isEqualTo(1);
    }

    @Test
    void closedClientsAreUnsubscribed() throws Exception {
        // A short heartbeat makes the server write, and so notice, that the clients went away.
        start(OPEN, new StreamSettings(Duration.ofMillis(20), 1_000, 1L << 20, Duration.ofMinutes(5), 1_000, 10, 10));
        List<EventStreamClient> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            EventStreamClient client = open("ticketId=SHOP-1", Map.of());
            assertThat(client.next(DEADLINE).name()).isEqualTo("connected");
            five.add(client);
        }
        assertThat(five.get(0).next(DEADLINE).name()).isEqualTo("heartbeat");
        assertThat(server.streams.subscriberCount()).isEqualTo(5);
        for (EventStreamClient client : five) {
            client.close();
        }
        awaitTrue(() -> server.streams.subscriberCount() == 0);
        assertThat(server.streams.subscriberCount(ticket)).isZero();
    }

    @Test
    void theCapsAnswer429() throws Exception {
        start(OPEN, StreamSettings.DEFAULT.withCaps(2, 100));
        open("ticketId=SHOP-1", Map.of());
        open("ticketId=SHOP-1", Map.of());
        EventStreamClient third = open("ticketId=SHOP-1", Map.of());
        assertThat(third.status()).isEqualTo(429);
        assertThat(third.body()).contains("Too many streams for this ticket");
    }

    @Test
    void aClientThatStopsReadingIsDisconnectedWithoutHoldingUpTheOthers() throws Exception {
        start(OPEN, new StreamSettings(Duration.ofSeconds(15), 1_000, 1L << 20, Duration.ofMinutes(5), 4, 10, 10));
        EventStreamClient slow = EventStreamClient.open(server.port(), "/api/stream?ticketId=SHOP-1", Map.of(), 4_096);
        clients.add(slow);
        List<EventStreamClient> healthy = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            EventStreamClient client = open("ticketId=SHOP-1", Map.of());
            client.next(DEADLINE);
            healthy.add(client);
        }
        // Large events fill the socket buffers, then the slow client's queue, while every healthy client reads
        // each event before the next is published.
        String big = "x".repeat(64 * 1024);
        int published = 0;
        while (server.streams.subscriberCount(ticket) == 4) {
            assertThat(published).as("the slow client was never disconnected").isLessThan(5_000);
            publish(big + published);
            for (EventStreamClient client : healthy) {
                assertThat(json(client.next(DEADLINE)).get("artifactType").asText()).isEqualTo(big + published);
            }
            published++;
        }
        assertThat(server.streams.subscriberCount(ticket)).isEqualTo(3);
        publish("after");
        for (EventStreamClient client : healthy) {
            assertThat(json(client.next(DEADLINE)).get("artifactType").asText()).isEqualTo("after");
        }
        // Its connection is closed, not left hanging: what was sent drains, then the stream ends.
        assertThatThrownBy(() -> {
            while (true) {
                slow.next(DEADLINE);
            }
        }).hasMessage("the server closed the stream");
    }

    @Test
    void aQuietStreamGetsHeartbeatsWithoutIds() throws Exception {
        start(OPEN, new StreamSettings(Duration.ofMillis(50), 1_000, 1L << 20, Duration.ofMinutes(5), 1_000, 6, 100));
        EventStreamClient client = open("ticketId=SHOP-1", Map.of());
        client.next(DEADLINE);
        EventStreamClient.Event heartbeat = client.next(DEADLINE);
        assertThat(heartbeat.name()).isEqualTo("heartbeat");
        assertThat(heartbeat.id()).isNull();
        assertThat(json(heartbeat).has("timestamp")).isTrue();
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within " + DEADLINE).isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }
}
