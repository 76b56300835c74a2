package dev.loopwright.application.fake;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.port.out.intake.ApiTokenRepository;
import dev.loopwright.application.port.out.intake.BoardRepository;
import dev.loopwright.application.port.out.intake.ClientRepository;
import dev.loopwright.application.port.out.intake.CommentRepository;
import dev.loopwright.application.port.out.intake.DevTicketRepository;
import dev.loopwright.application.port.out.intake.FeedbackRepository;
import dev.loopwright.application.port.out.intake.IntakeProjectRepository;
import dev.loopwright.application.port.out.intake.OrganisationRepository;
import dev.loopwright.domain.intake.ApiToken;
import dev.loopwright.domain.intake.ApiTokenId;
import dev.loopwright.domain.intake.BoardCard;
import dev.loopwright.domain.intake.BoardList;
import dev.loopwright.domain.intake.BoardListId;
import dev.loopwright.domain.intake.CardFilter;
import dev.loopwright.domain.intake.CardId;
import dev.loopwright.domain.intake.Client;
import dev.loopwright.domain.intake.ClientId;
import dev.loopwright.domain.intake.Comment;
import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.intake.DevTicketFilter;
import dev.loopwright.domain.intake.DevTicketId;
import dev.loopwright.domain.intake.FeedbackFilter;
import dev.loopwright.domain.intake.FeedbackId;
import dev.loopwright.domain.intake.FeedbackItem;
import dev.loopwright.domain.intake.IntakeProject;
import dev.loopwright.domain.intake.IntakeProjectId;
import dev.loopwright.domain.intake.Member;
import dev.loopwright.domain.intake.MemberId;
import dev.loopwright.domain.intake.Organisation;
import dev.loopwright.domain.intake.OrganisationId;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;
import dev.loopwright.domain.intake.SourceRef;
import dev.loopwright.domain.intake.TokenHash;
import dev.loopwright.domain.intake.WidgetKey;
import dev.loopwright.domain.ticket.TicketId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * In-memory fakes of every intake out-port over one shared state, so related rows (a comment on a feedback
 * item, a ticket's project) behave as in the real store. Each method is synchronized on the store.
 */
public final class InMemoryIntakeStore {
    private final Map<OrganisationId, Organisation> organisations = new LinkedHashMap<>();
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<ClientId, Client> clients = new LinkedHashMap<>();
    private final Map<IntakeProjectId, IntakeProject> projects = new LinkedHashMap<>();
    private final Map<IntakeProjectId, Set<MemberId>> access = new LinkedHashMap<>();
    private final Map<FeedbackId, FeedbackItem> feedback = new LinkedHashMap<>();
    private final List<Comment> comments = new ArrayList<>();
    private final Map<BoardListId, BoardList> lists = new LinkedHashMap<>();
    private final Map<CardId, BoardCard> cards = new LinkedHashMap<>();
    private final Map<DevTicketId, DevTicket> tickets = new LinkedHashMap<>();
    private final Map<ApiTokenId, ApiToken> tokens = new LinkedHashMap<>();

    private static String memberKey(OrganisationId org, MemberId user) {
        return org.value() + "/" + user.value();
    }

    private static <T> Page<T> page(List<T> all, PageRequest page) {
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(from + page.limit(), all.size());
        return new Page<>(all.subList(from, to), all.size(), page);
    }

    private static <T> List<T> sorted(java.util.Collection<T> values, Predicate<T> keep, Comparator<T> order) {
        return values.stream().filter(keep).sorted(order).toList();
    }

    private static final Comparator<Member> BY_NAME = Comparator.comparing(Member::displayName)
            .thenComparing(m -> m.userId().value());

    public OrganisationRepository organisations() {
        return new OrganisationRepository() {
            @Override
            public Organisation create(Organisation organisation) {
                synchronized (InMemoryIntakeStore.this) {
                    if (organisations.putIfAbsent(organisation.id(), organisation) != null) {
                        throw new ConflictException("Already exists: " + organisation.id());
                    }
                    return organisation;
                }
            }

            @Override
            public Optional<Organisation> findById(OrganisationId id) {
                synchronized (InMemoryIntakeStore.this) {
                    return Optional.ofNullable(organisations.get(id));
                }
            }

            @Override
            public Member addMember(Member member) {
                synchronized (InMemoryIntakeStore.this) {
                    if (members.putIfAbsent(memberKey(member.organisationId(), member.userId()), member) != null) {
                        throw new ConflictException("Already exists: " + member.userId());
                    }
                    return member;
                }
            }

            @Override
            public Optional<Member> findMember(OrganisationId organisation, MemberId userId) {
                synchronized (InMemoryIntakeStore.this) {
                    return Optional.ofNullable(members.get(memberKey(organisation, userId)));
                }
            }

            @Override
            public List<Member> members(OrganisationId organisation) {
                synchronized (InMemoryIntakeStore.this) {
                    return sorted(members.values(), m -> m.organisationId().equals(organisation), BY_NAME);
                }
            }
        };
    }

    public ClientRepository clients() {
        return new ClientRepository() {
            @Override
            public Client create(Client client) {
                synchronized (InMemoryIntakeStore.this) {
                    clients.put(client.id(), client);
                    return client;
                }
            }

            @Override
            public Optional<Client> findById(OrganisationId organisation, ClientId id) {
                synchronized (InMemoryIntakeStore.this) {
                    return Optional.ofNullable(clients.get(id)).filter(c -> c.organisationId().equals(organisation));
                }
            }

            @Override
            public Page<Client> list(OrganisationId organisation, PageRequest page) {
                synchronized (InMemoryIntakeStore.this) {
                    return page(sorted(clients.values(), c -> c.organisationId().equals(organisation),
                            Comparator.comparing(Client::name).thenComparing(c -> c.id().value())), page);
                }
            }
        };
    }

    public IntakeProjectRepository projects() {
        return new IntakeProjectRepository() {
            @Override
            public IntakeProject create(IntakeProject project) {
                synchronized (InMemoryIntakeStore.this) {
                    if (projects.values().stream().anyMatch(p -> p.apiKey().equals(project.apiKey()))) {
                        throw new ConflictException("Already exists: widget key");
                    }
                    projects.put(project.id(), project);
                    return project;
                }
            }

            @Override
            public Optional<IntakeProject> findById(OrganisationId organisation, IntakeProjectId id) {
                synchronized (InMemoryIntakeStore.this) {
                    return Optional.ofNullable(projects.get(id)).filter(p -> p.organisationId().equals(organisation));
                }
            }

            @Override
            public Optional<IntakeProject> findByWidgetKey(WidgetKey key) {
                synchronized (InMemoryIntakeStore.this) {
                    return projects.values().stream().filter(p -> p.apiKey().equals(key)).findFirst();
                }
            }

            @Override
            public Page<IntakeProject> list(OrganisationId organisation, PageRequest page) {
                synchronized (InMemoryIntakeStore.this) {
                    return page(sorted(projects.values(), p -> p.organisationId().equals(organisation),
                            Comparator.comparing(IntakeProject::name).thenComparing(p -> p.id().value())), page);
                }
            }

            @Override
            public int count(OrganisationId organisation) {
                synchronized (InMemoryIntakeStore.this) {
                    return (int) projects.values().stream().filter(p -> p.organisationId().equals(organisation))
                            .count();
                }
            }

            @Override
            public void grantAccess(OrganisationId organisation, IntakeProjectId project, MemberId member) {
                synchronized (InMemoryIntakeStore.this) {
                    if (findById(organisation, project).isPresent()
                            && members.containsKey(memberKey(organisation, member))) {
                        access.computeIfAbsent(project, key -> new LinkedHashSet<>()).add(member);
                    }
                }
            }

            @Override
            public List<Member> members(OrganisationId organisation, IntakeProjectId project) {
                synchronized (InMemoryIntakeStore.this) {
                    Set<MemberId> granted = access.getOrDefault(project, Set.of());
                    return sorted(members.values(), m -> m.organisationId().equals(organisation)
                            && granted.contains(m.userId()) && findById(organisation, project).isPresent(), BY_NAME);
                }
            }
        };
    }

    public FeedbackRepository feedback() {
        return new FeedbackRepository() {
            @Override
            public FeedbackItem create(NewFeedbackItem item) {
                synchronized (InMemoryIntakeStore.this) {
                    int position = (int) feedback.values().stream()
                            .filter(f -> f.projectId().equals(item.projectId()))
                            .mapToInt(FeedbackItem::position).map(p -> p + 1).max().orElse(0);
                    FeedbackItem created = new FeedbackItem(item.id(), item.organisationId(), item.projectId(),
                            item.title(), item.description(), item.status(), item.type(), item.pageUrl(),
                            item.reporter(), item.screenshotUrl(), item.recordingUrl(), item.annotations(),
                            item.browserInfo(), position, item.createdAt(), item.createdAt());
                    feedback.put(created.id(), created);
                    return created;
                }
            }

            @Override
            public Optional<FeedbackItem> findById(OrganisationId organisation, FeedbackId id) {
                synchronized (InMemoryIntakeStore.this) {
                    return Optional.ofNullable(feedback.get(id)).filter(f -> f.organisationId().equals(organisation));
                }
            }

            @Override
            public Page<FeedbackItem> list(OrganisationId organisation, FeedbackFilter filter, PageRequest page) {
                synchronized (InMemoryIntakeStore.this) {
                    return page(sorted(feedback.values(), f -> f.organisationId().equals(organisation)
                                    && filter.projectId().map(f.projectId()::equals).orElse(true)
                                    && filter.status().map(s -> s == f.status()).orElse(true)
                                    && filter.type().map(t -> t == f.type()).orElse(true),
                            Comparator.comparing(FeedbackItem::createdAt).thenComparing(f -> f.id().value())
                                    .reversed()), page);
                }
            }

            @Override
            public void update(FeedbackItem item) {
                synchronized (InMemoryIntakeStore.this) {
                    feedback.computeIfPresent(item.id(), (id, old) -> old.organisationId()
                            .equals(item.organisationId()) ? item : old);
                }
            }

            @Override
            public boolean delete(OrganisationId organisation, FeedbackId id) {
                synchronized (InMemoryIntakeStore.this) {
                    if (findById(organisation, id).isEmpty()) {
                        return false;
                    }
                    comments.removeIf(c -> c.organisationId().equals(organisation)
                            && c.subject().equals(SourceRef.feedback(id)));
                    feedback.remove(id);
                    return true;
                }
            }

            @Override
            public int countCreatedSince(OrganisationId organisation, Instant since) {
                synchronized (InMemoryIntakeStore.this) {
                    return (int) feedback.values().stream().filter(f -> f.organisationId().equals(organisation)
                            && !f.createdAt().isBefore(since)).count();
                }
            }
        };
    }

    public CommentRepository comments() {
        return new CommentRepository() {
            @Override
            public Comment add(Comment comment) {
                synchronized (InMemoryIntakeStore.this) {
                    comments.add(comment);
                    return comment;
                }
            }

            @Override
            public Page<Comment> list(OrganisationId organisation, SourceRef subject, PageRequest page) {
                return page(all(organisation, subject), page);
            }

            @Override
            public List<Comment> all(OrganisationId organisation, SourceRef subject) {
                synchronized (InMemoryIntakeStore.this) {
                    return sorted(comments, c -> c.organisationId().equals(organisation) && c.subject().equals(subject),
                            Comparator.comparing(Comment::createdAt).thenComparing(c -> c.id().value()));
                }
            }
        };
    }

    public BoardRepository boards() {
        return new BoardRepository() {
            @Override
            public BoardList addList(BoardList list) {
                synchronized (InMemoryIntakeStore.this) {
                    int position = lists.values().stream().filter(l -> l.projectId().equals(list.projectId()))
                            .mapToInt(l -> l.position() + 1).max().orElse(0);
                    BoardList created = new BoardList(list.id(), list.organisationId(), list.projectId(), list.name(),
                            position, list.createdAt());
                    lists.put(created.id(), created);
                    return created;
                }
            }

            @Override
            public Optional<BoardList> findList(OrganisationId organisation, BoardListId id) {
                synchronized (InMemoryIntakeStore.this) {
                    return Optional.ofNullable(lists.get(id)).filter(l -> l.organisationId().equals(organisation));
                }
            }

            @Override
            public Page<BoardList> lists(OrganisationId organisation, IntakeProjectId project, PageRequest page) {
                synchronized (InMemoryIntakeStore.this) {
                    return page(sorted(lists.values(), l -> l.organisationId().equals(organisation)
                                    && l.projectId().equals(project),
                            Comparator.comparingInt(BoardList::position).thenComparing(l -> l.id().value())), page);
                }
            }

            @Override
            public BoardCard addCard(BoardCard card) {
                synchronized (InMemoryIntakeStore.this) {
                    int position = cards.values().stream().filter(c -> c.listId().equals(card.listId()))
                            .mapToInt(c -> c.position() + 1).max().orElse(0);
                    BoardCard created = new BoardCard(card.id(), card.organisationId(), card.listId(), card.projectId(),
                            card.title(), card.description(), card.labels(), card.dueDate(), card.checklist(),
                            card.attachments(), card.authorName(), position, card.createdAt(), card.updatedAt());
                    cards.put(created.id(), created);
                    return created;
                }
            }

            @Override
            public Optional<BoardCard> findCard(OrganisationId organisation, CardId id) {
                synchronized (InMemoryIntakeStore.this) {
                    return Optional.ofNullable(cards.get(id)).filter(c -> c.organisationId().equals(organisation));
                }
            }

            @Override
            public Page<BoardCard> cards(OrganisationId organisation, CardFilter filter, PageRequest page) {
                synchronized (InMemoryIntakeStore.this) {
                    Comparator<BoardCard> order = Comparator.<BoardCard>comparingInt(c -> lists.get(c.listId())
                                    .position()).thenComparing(c -> c.listId().value())
                            .thenComparingInt(BoardCard::position).thenComparing(c -> c.id().value());
                    return page(sorted(cards.values(), c -> c.organisationId().equals(organisation)
                            && filter.projectId().map(c.projectId()::equals).orElse(true)
                            && filter.listId().map(c.listId()::equals).orElse(true), order), page);
                }
            }
        };
    }

    public DevTicketRepository devTickets() {
        return new DevTicketRepository() {
            @Override
            public DevTicket create(DevTicket ticket) {
                synchronized (InMemoryIntakeStore.this) {
                    checkLinkFree(ticket);
                    tickets.put(ticket.id(), ticket);
                    return ticket;
                }
            }

            @Override
            public Optional<DevTicket> findById(OrganisationId organisation, DevTicketId id) {
                synchronized (InMemoryIntakeStore.this) {
                    return Optional.ofNullable(tickets.get(id)).filter(t -> t.organisationId().equals(organisation));
                }
            }

            @Override
            public Page<DevTicket> list(OrganisationId organisation, DevTicketFilter filter, PageRequest page) {
                synchronized (InMemoryIntakeStore.this) {
                    return page(sorted(tickets.values(), t -> t.organisationId().equals(organisation)
                                    && filter.projectId().map(t.projectId()::equals).orElse(true)
                                    && filter.status().map(s -> s == t.status()).orElse(true),
                            Comparator.comparing(DevTicket::createdAt).thenComparing(t -> t.id().value()).reversed()),
                            page);
                }
            }

            @Override
            public void update(DevTicket ticket) {
                synchronized (InMemoryIntakeStore.this) {
                    DevTicket old = tickets.get(ticket.id());
                    if (old != null && old.organisationId().equals(ticket.organisationId())) {
                        checkLinkFree(ticket);
                        tickets.put(ticket.id(), ticket);
                    }
                }
            }

            @Override
            public List<DevTicket> findBySource(OrganisationId organisation, SourceRef source) {
                synchronized (InMemoryIntakeStore.this) {
                    return sorted(tickets.values(), t -> t.organisationId().equals(organisation)
                                    && t.source().equals(source),
                            Comparator.comparing(DevTicket::createdAt).thenComparing(t -> t.id().value()));
                }
            }

            @Override
            public Optional<DevTicket> findByWorkflowTicket(TicketId workflowTicket) {
                synchronized (InMemoryIntakeStore.this) {
                    return tickets.values().stream()
                            .filter(t -> t.workflowTicket().equals(Optional.of(workflowTicket))).findFirst();
                }
            }

            /** One workflow ticket is linked to at most one developer ticket, as the store's unique index says. */
            private void checkLinkFree(DevTicket ticket) {
                ticket.workflowTicket().ifPresent(link -> tickets.values().stream()
                        .filter(t -> !t.id().equals(ticket.id()) && t.workflowTicket().equals(Optional.of(link)))
                        .findFirst().ifPresent(t -> {
                            throw new ConflictException("Already exists: a link to workflow ticket " + link);
                        }));
            }
        };
    }

    public ApiTokenRepository tokens() {
        return new ApiTokenRepository() {
            @Override
            public ApiToken create(ApiToken token) {
                synchronized (InMemoryIntakeStore.this) {
                    if (tokens.values().stream().anyMatch(t -> t.hash().equals(token.hash()))) {
                        throw new ConflictException("Already exists: token");
                    }
                    tokens.put(token.id(), token);
                    return token;
                }
            }

            @Override
            public Optional<ApiToken> findByHash(TokenHash hash) {
                synchronized (InMemoryIntakeStore.this) {
                    return tokens.values().stream().filter(t -> t.hash().equals(hash)).findFirst();
                }
            }

            @Override
            public List<ApiToken> list(OrganisationId organisation) {
                synchronized (InMemoryIntakeStore.this) {
                    return sorted(tokens.values(), t -> t.organisationId().equals(organisation),
                            Comparator.comparing(ApiToken::createdAt).thenComparing(t -> t.id().value()).reversed());
                }
            }

            @Override
            public boolean revoke(OrganisationId organisation, ApiTokenId id, Instant at) {
                synchronized (InMemoryIntakeStore.this) {
                    ApiToken token = tokens.get(id);
                    if (token == null || !token.organisationId().equals(organisation)) {
                        return false;
                    }
                    if (!token.isRevoked()) {
                        tokens.put(id, new ApiToken(token.id(), token.organisationId(), token.memberId(), token.name(),
                                token.prefix(), token.hash(), token.createdAt(), Optional.of(at)));
                    }
                    return true;
                }
            }
        };
    }
}
