package dev.loopwright.application.delivery;

import dev.loopwright.application.port.out.PullRequestHost;
import dev.loopwright.application.port.out.github.HostedRepository;
import dev.loopwright.application.port.out.github.PullRequest;
import dev.loopwright.application.port.out.github.PullRequestDraft;
import dev.loopwright.application.port.out.github.PullRequestHostException;
import dev.loopwright.application.port.out.github.PullRequestState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** GitHub in memory: pull requests by number, each call recorded as {@code verb #number}. */
final class FakePullRequestHost implements PullRequestHost {
    final Map<Integer, PullRequest> pulls = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();
    /** The head every pull request reports, as GitHub would after the push. */
    String headSha = ScriptedGit.commit(2).value();
    boolean refuseMerge;

    @Override
    public Optional<PullRequest> find(HostedRepository repository, String headBranch, String baseBranch) {
        calls.add("find " + repository.slug() + " " + headBranch + " " + baseBranch);
        return pulls.values().stream().filter(pull -> pull.headBranch().equals(headBranch)
                && pull.baseBranch().equals(baseBranch)).reduce((first, second) -> second);
    }

    @Override
    public PullRequest create(HostedRepository repository, PullRequestDraft draft) {
        int number = pulls.size() + 1;
        calls.add("create #" + number);
        return put(new PullRequest(number, "https://github.com/" + repository.slug() + "/pull/" + number,
                PullRequestState.DRAFT, draft.title(), draft.headBranch(), draft.baseBranch(), headSha));
    }

    @Override
    public PullRequest update(HostedRepository repository, int number, String title, String body) {
        calls.add("update #" + number);
        PullRequest pull = pulls.get(number);
        return put(new PullRequest(number, pull.url(), pull.state(), title, pull.headBranch(), pull.baseBranch(),
                headSha));
    }

    @Override
    public PullRequest get(HostedRepository repository, int number) {
        calls.add("get #" + number);
        return pulls.get(number);
    }

    @Override
    public PullRequest markReady(HostedRepository repository, int number) {
        calls.add("ready #" + number);
        return put(with(pulls.get(number), PullRequestState.OPEN));
    }

    @Override
    public void merge(HostedRepository repository, int number, String commitTitle, String expectedHeadSha) {
        calls.add("merge #" + number + " " + expectedHeadSha);
        if (refuseMerge) {
            throw new PullRequestHostException("GitHub answered 405: Pull Request is not mergeable", 405);
        }
        put(with(pulls.get(number), PullRequestState.MERGED));
    }

    PullRequest put(PullRequest pull) {
        pulls.put(pull.number(), pull);
        return pull;
    }

    private static PullRequest with(PullRequest pull, PullRequestState state) {
        return new PullRequest(pull.number(), pull.url(), state, pull.title(), pull.headBranch(), pull.baseBranch(),
                pull.headSha());
    }
}
