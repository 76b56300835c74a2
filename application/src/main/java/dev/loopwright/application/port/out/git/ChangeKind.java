package dev.loopwright.application.port.out.git;

/** One column of a {@code git status --porcelain} line: how a path differs on one side. */
public enum ChangeKind {
    /** No difference on this side (a space in porcelain). */
    UNCHANGED(' '),
    ADDED('A'),
    MODIFIED('M'),
    DELETED('D'),
    /** Only in the index column: the path was renamed from {@link FileChange#originalPath()}. */
    RENAMED('R'),
    /** Not tracked and not ignored ({@code ??}). */
    UNTRACKED('?'),
    /** Unmerged after a conflicting merge. */
    CONFLICTED('U');

    private final char porcelainCode;

    ChangeKind(char porcelainCode) {
        this.porcelainCode = porcelainCode;
    }

    /** The letter {@code git status --porcelain} prints for this kind. */
    public char porcelainCode() {
        return porcelainCode;
    }
}
