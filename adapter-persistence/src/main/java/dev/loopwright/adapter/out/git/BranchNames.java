package dev.loopwright.adapter.out.git;

import dev.loopwright.application.error.GitWorkspaceException;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;

/** Ticket branch names double as folder names, so they are kept to one safe path segment. */
final class BranchNames {
    private static final Pattern TICKET_BRANCH = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private BranchNames() {
    }

    static String requireTicketBranch(String branch) {
        if (branch == null || !TICKET_BRANCH.matcher(branch).matches() || branch.endsWith(".lock")
                || !Repository.isValidRefName(Constants.R_HEADS + branch)) {
            throw new GitWorkspaceException("Not a usable ticket branch name (letters, digits, '.', '_' and '-', like "
                    + "SHOP-12): " + branch);
        }
        return branch;
    }

    static String requireBranch(String branch) {
        if (branch == null || branch.isBlank() || !Repository.isValidRefName(Constants.R_HEADS + branch)) {
            throw new GitWorkspaceException("Not a valid branch name: " + branch);
        }
        return branch;
    }
}
