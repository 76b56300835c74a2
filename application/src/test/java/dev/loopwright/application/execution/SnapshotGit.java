package dev.loopwright.application.execution;

import dev.loopwright.application.port.out.git.ReplayResult;
import dev.loopwright.application.error.GitWorkspaceException;
import dev.loopwright.application.port.out.GitWorkspace;
import dev.loopwright.application.port.out.git.ChangeKind;
import dev.loopwright.application.port.out.git.CommitId;
import dev.loopwright.application.port.out.git.CommitResult;
import dev.loopwright.application.port.out.git.FileChange;
import dev.loopwright.application.port.out.git.MergeMode;
import dev.loopwright.application.port.out.git.MergeResult;
import dev.loopwright.application.port.out.git.PushMode;
import dev.loopwright.application.port.out.git.PushResult;
import dev.loopwright.application.port.out.git.SquashResult;
import dev.loopwright.application.port.out.git.WorkingCopyStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A git stand-in with history, for the CODING tests: the working copy is a real folder, each commit a snapshot of
 * its files (outside {@code .ticket}) with a made-up id, and the branch a list of commits. Enough to see what a bead
 * committed, what a reset threw away, and to make one commit fail.
 */
final class SnapshotGit implements GitWorkspace {
    private final Path workingCopy;
    private final Map<String, Map<String, String>> snapshots = new LinkedHashMap<>();
    private final List<String> branch = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private int failCommits;
    private int resets;

    SnapshotGit(Path workingCopy) {
        this.workingCopy = workingCopy;
        record(read(), "initial");
    }

    /** The next {@code count} commits throw, as a failing hook or a locked index would. */
    void failNextCommits(int count) {
        failCommits = count;
    }

    List<String> commitMessages() {
        return List.copyOf(messages);
    }

    int resets() {
        return resets;
    }

    Map<String, String> headFiles() {
        return snapshots.get(head());
    }

    TicketWorkspace workspace() {
        return new TicketWorkspace(workingCopy.getParent(), workingCopy, "SHOP-1", "main");
    }

    @Override
    public TicketWorkspace prepareBeadWorkspace(TicketWorkspace ticket, String name, CommitId start) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ReplayResult replayOnto(TicketWorkspace ticket, TicketWorkspace bead, CommitId since) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Path> repositoryRoot(Path folder) {
        return Optional.of(workingCopy.getParent());
    }

    @Override
    public TicketWorkspace prepareTicketWorkspace(Path repositoryRoot, String branchName) {
        return workspace();
    }

    @Override
    public Optional<TicketWorkspace> findTicketWorkspace(Path repositoryRoot, String branchName) {
        return Optional.of(workspace()).filter(ticket -> ticket.branch().equals(branchName));
    }

    @Override
    public Path workingCopyOf(Path repositoryRoot, String branchName) {
        return workingCopy;
    }

    @Override
    public synchronized WorkingCopyStatus status(TicketWorkspace workspace) {
        Map<String, String> now = read();
        Map<String, String> head = headFiles();
        List<FileChange> changes = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(now.keySet());
        paths.addAll(head.keySet());
        for (String path : paths) {
            if (!head.containsKey(path)) {
                changes.add(FileChange.untracked(path));
            } else if (!now.containsKey(path)) {
                changes.add(new FileChange(path, Optional.empty(), ChangeKind.UNCHANGED, ChangeKind.DELETED));
            } else if (!head.get(path).equals(now.get(path))) {
                changes.add(new FileChange(path, Optional.empty(), ChangeKind.UNCHANGED, ChangeKind.MODIFIED));
            }
        }
        return new WorkingCopyStatus(changes);
    }

    @Override
    public synchronized CommitId headCommit(TicketWorkspace workspace) {
        return new CommitId(head());
    }

    @Override
    public String diffWorkingCopy(TicketWorkspace workspace, CommitId base) {
        return diff(snapshots.get(base.value()), read());
    }

    @Override
    public synchronized String diffCommits(TicketWorkspace workspace, CommitId from, CommitId to) {
        return diff(snapshots.get(from.value()), snapshots.get(to.value()));
    }

    @Override
    public synchronized CommitResult commitPaths(TicketWorkspace workspace, List<String> paths, String message) {
        if (failCommits > 0) {
            failCommits--;
            throw new GitWorkspaceException("the commit was refused (scripted)");
        }
        Map<String, String> now = read();
        Map<String, String> next = new TreeMap<>(headFiles());
        for (String path : paths) {
            if (now.containsKey(path)) {
                next.put(path, now.get(path));
            } else {
                next.remove(path);
            }
        }
        if (next.equals(headFiles())) {
            return new CommitResult.NothingToCommit(new CommitId(head()));
        }
        String id = record(next, message);
        return new CommitResult.Committed(new CommitId(id), paths);
    }

    @Override
    public synchronized void resetAndClean(TicketWorkspace workspace, CommitId target) {
        int at = branch.indexOf(target.value());
        if (at < 0) {
            throw new GitWorkspaceException("unknown commit " + target);
        }
        resets++;
        while (branch.size() > at + 1) {
            branch.remove(branch.size() - 1);
            messages.remove(messages.size() - 1);
        }
        Map<String, String> files = snapshots.get(target.value());
        try {
            for (String path : read().keySet()) {
                if (!files.containsKey(path)) {
                    Files.delete(workingCopy.resolve(path));
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = workingCopy.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SquashResult squashSinceBase(TicketWorkspace workspace, String message) {
        throw new UnsupportedOperationException();
    }

    @Override
    public MergeResult mergeIntoBase(TicketWorkspace workspace, String message, MergeMode mode) {
        throw new UnsupportedOperationException();
    }

    @Override
    public PushResult push(Path repositoryRoot, String remote, String branchName, PushMode mode) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void removeTicketWorkspace(TicketWorkspace workspace, boolean deleteBranch) {
        throw new UnsupportedOperationException();
    }

    private String head() {
        return branch.get(branch.size() - 1);
    }

    private String record(Map<String, String> files, String message) {
        String id = HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(20).putInt(16, snapshots.size() + 1).array());
        snapshots.put(id, Map.copyOf(files));
        branch.add(id);
        messages.add(message);
        return id;
    }

    private Map<String, String> read() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(workingCopy)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                String relative = workingCopy.relativize(path).toString().replace('\\', '/');
                if (!relative.startsWith(TICKET_METADATA_FOLDER + "/")) {
                    files.put(relative, Files.readString(path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String diff(Map<String, String> from, Map<String, String> to) {
        StringBuilder diff = new StringBuilder();
        TreeSet<String> paths = new TreeSet<>(from.keySet());
        paths.addAll(to.keySet());
        for (String path : paths) {
            if (!java.util.Objects.equals(from.get(path), to.get(path))) {
                diff.append("--- ").append(path).append("\n+++ ").append(path).append('\n')
                        .append("+").append(to.getOrDefault(path, "(deleted)")).append('\n');
            }
        }
        return diff.toString();
    }
}
