package dev.loopwright.application.delivery;

import dev.loopwright.application.folder.RepositoryInfo;
import dev.loopwright.application.port.out.PullRequestHost;
import dev.loopwright.application.port.out.RepositoryInspector;
import dev.loopwright.application.port.out.github.HostedRepository;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Where a ticket is delivered: a pull request on GitHub, or the local repository when that is not possible. */
sealed interface DeliveryTarget {
    String LOCAL = "local";
    String GITHUB = "github";

    /** The {@code mode} written into the reports, which the review later follows. */
    String mode();

    /** The project's origin is not on GitHub, or no token is configured: the branch is merged locally. */
    record Local(String reason) implements DeliveryTarget {
        public Local {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String mode() {
            return LOCAL;
        }
    }

    record GitHub(HostedRepository repository, PullRequestHost host) implements DeliveryTarget {
        public GitHub {
            Objects.requireNonNull(repository, "repository");
            Objects.requireNonNull(host, "host");
        }

        @Override
        public String mode() {
            return GITHUB;
        }
    }

    /** Decided from the project's {@code origin} and whether a GitHub token is configured. */
    static DeliveryTarget of(RepositoryInspector inspector, Path repositoryRoot, Optional<PullRequestHost> host) {
        Optional<String> origin = inspector.inspect(repositoryRoot).flatMap(RepositoryInfo::originUrl);
        Optional<HostedRepository> repository = origin.flatMap(HostedRepository::fromGitHubUrl);
        if (repository.isEmpty()) {
            return new Local(origin.map(url -> "origin " + url + " is not a GitHub repository")
                    .orElse("the repository has no origin remote"));
        }
        if (host.isEmpty()) {
            return new Local("no GitHub token is configured (LOOPWRIGHT_GITHUB_TOKEN)");
        }
        return new GitHub(repository.get(), host.get());
    }

    static boolean isGitHub(String mode) {
        return GITHUB.equals(mode.toLowerCase(Locale.ROOT));
    }
}
