package dev.loopwright.adapter.out.git;

import dev.loopwright.application.error.GitWorkspaceException;
import dev.loopwright.application.port.out.git.PushMode;
import dev.loopwright.application.port.out.git.PushResult;
import dev.loopwright.application.port.out.git.PushStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

/**
 * Pushes with the git command rather than JGit, because only git itself uses the user's transport setup: ssh
 * agent and {@code ~/.ssh/config}, credential helpers (such as {@code gh auth setup-git}), {@code insteadOf}
 * rewrites and proxies. The outcome is read from {@code --porcelain} output, which is stable across versions.
 */
final class CliBranchPusher {
    private static final Duration PUSH_TIMEOUT = Duration.ofMinutes(2);

    private final GitCli git;

    CliBranchPusher(GitCli git) {
        this.git = git;
    }

    PushResult push(Repository repository, String remote, String branch, PushMode mode) throws IOException {
        String ref = Constants.R_HEADS + branch;
        if (repository.exactRef(ref) == null) {
            throw new GitWorkspaceException("No local branch '" + branch + "' to push");
        }
        if (!repository.getRemoteNames().contains(remote)) {
            throw new GitWorkspaceException("No remote named '" + remote + "' in " + repository.getWorkTree());
        }
        List<String> arguments = new ArrayList<>(List.of("push", "--porcelain", "--no-verify"));
        if (mode == PushMode.FORCE_WITH_LEASE) {
            // The lease is what we last saw of the remote branch; never seen means it must not exist yet.
            Ref seen = repository.exactRef(Constants.R_REMOTES + remote + "/" + branch);
            arguments.add("--force-with-lease=" + ref + ":" + (seen == null ? "" : seen.getObjectId().name()));
        }
        arguments.add(remote);
        arguments.add(ref + ":" + ref);
        Path folder = repository.getWorkTree().toPath();
        GitCli.Outcome outcome = git.run(folder, PUSH_TIMEOUT, arguments.toArray(new String[0]));
        Optional<String> line = outcome.stdout().lines().filter(l -> l.contains("\t" + ref + ":" + ref + "\t"))
                .findFirst();
        if (line.isEmpty()) {
            throw new GitWorkspaceException("Pushing '" + branch + "' to '" + remote + "' failed (exit "
                    + outcome.exitCode() + "): " + outcome.diagnostics());
        }
        return new PushResult(remote, branch, statusOf(line.get()), summaryOf(line.get()));
    }

    /** The flag in front of a porcelain line: {@code ' '} fast-forward, {@code +} forced, {@code *} new, … */
    private static PushStatus statusOf(String line) {
        char flag = line.charAt(0);
        switch (flag) {
            case ' ':
            case '+':
            case '*':
                return PushStatus.PUSHED;
            case '=':
                return PushStatus.UP_TO_DATE;
            case '!':
                String summary = summaryOf(line);
                if (summary.contains("stale info")) {
                    return PushStatus.REJECTED_STALE;
                }
                if (summary.contains("non-fast-forward") || summary.contains("fetch first")) {
                    return PushStatus.REJECTED_NON_FAST_FORWARD;
                }
                return PushStatus.REJECTED_BY_REMOTE;
            default:
                throw new GitWorkspaceException("Unexpected git push output: " + line);
        }
    }

    private static String summaryOf(String line) {
        String[] fields = line.split("\t", 3);
        return fields.length == 3 ? fields[2].strip() : line.strip();
    }
}
